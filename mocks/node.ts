import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The same handlers for vitest; tests add per-test overrides with server.use(). */
export const server = setupServer(...handlers);
