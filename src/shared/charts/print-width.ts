import { useSyncExternalStore } from 'react';

/** The width charts are drawn at on a printed A4 landscape page. */
export const PRINT_WIDTH = 960;

let printing = false;
const listeners = new Set<() => void>();

function setPrinting(value: boolean) {
  printing = value;
  for (const listener of listeners) listener();
}

/** While the page prints, charts draw themselves at the print width, as an export draws at its own. */
export function installPrintWidth(): () => void {
  const before = () => setPrinting(true);
  const after = () => setPrinting(false);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => printing,
    () => false,
  );
}
