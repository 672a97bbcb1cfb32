import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import type { DehydrateOptions, Query } from '@tanstack/react-query';
import { createStore, del, get, set } from 'idb-keyval';

/** Data saved on this device is offered for a week when the data service cannot be reached. */
export const SAVED_DATA_MAX_AGE_MS = 7 * 24 * 60 * 60_000;

/** Change this when the shape of parsed data changes, so an old saved copy is thrown away. */
export const SAVED_DATA_VERSION = 'mappa-data-v2';

/** When this page was opened: data older than this came from the saved copy, not this visit. */
export const SESSION_STARTED_AT = Date.now();

export function isFromEarlierVisit(dataUpdatedAt: number, sessionStartedAt: number = SESSION_STARTED_AT): boolean {
  return dataUpdatedAt > 0 && dataUpdatedAt < sessionStartedAt;
}

/**
 * Only figures the data service sent are saved: never errors, never imports. Figures still on
 * screen after a failed refresh stay saved, so a second visit offline finds them too.
 */
export const savedDataDehydrateOptions: DehydrateOptions = {
  shouldDehydrateQuery: (query: Query) => query.state.data !== undefined && query.queryKey[0] === 'mappa-data',
};

/**
 * A TanStack Query persister on IndexedDB (idb-keyval), writing at most once a second so that a
 * burst of cache changes costs one write.
 */
export function createIndexedDbPersister(key = 'query-cache', throttleMs = 1000): Persister {
  const store = createStore('mappa-compare-cache', 'queries');
  let pending: PersistedClient | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    timer = undefined;
    const client = pending;
    pending = undefined;
    if (client) await set(key, client, store);
  };
  return {
    persistClient: (client) => {
      pending = client;
      timer ??= setTimeout(() => void flush().catch(() => undefined), throttleMs);
    },
    restoreClient: () => get<PersistedClient>(key, store),
    removeClient: () => del(key, store),
  };
}
