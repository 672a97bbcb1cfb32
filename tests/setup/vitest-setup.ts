import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from '../../mocks/node';

// A busy 2-core CI machine can take seconds to render a view: findBy* and waitFor wait up to 15 s, not 1 s.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no layout: charts measure themselves with ResizeObserver, which it lacks.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Every zustand store starts each test in its initial state (zustand's testing guide): one test's
// view, imports or update prompt never leaks into the next.
const storeResets = vi.hoisted(() => new Set<() => void>());
vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof import('zustand')>();
  type Store = { getState: () => unknown; setState: (state: unknown, replace: true) => void };
  const actualCreate = zustand.create as unknown as (creator: unknown) => Store;
  const createAndRemember = (creator: unknown) => {
    const store = actualCreate(creator);
    const initial = store.getState();
    storeResets.add(() => store.setState(initial, true));
    return store;
  };
  // create(creator) and the curried create<T>()(creator) used with TypeScript.
  const create = (creator?: unknown) => (creator === undefined ? createAndRemember : createAndRemember(creator));
  return { ...zustand, create };
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
  for (const reset of storeResets) reset();
});
afterAll(() => server.close());
