import { createContext } from 'react';

/**
 * True while the page frame is rendered into index.html at build time (page-shell.tsx): what must
 * work there without JavaScript (the Menu on a narrow screen) is drawn as plain HTML instead.
 */
export const InPageShell = createContext(false);
