import 'fake-indexeddb/auto';
import { QueryClient, dehydrate } from '@tanstack/react-query';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { describe, expect, it, vi } from 'vitest';
import { createIndexedDbPersister, isFromEarlierVisit, savedDataDehydrateOptions } from './persistence';
import { describeShownData, formatSavedOn } from './saved-copy';

function persistedClient(client: QueryClient): PersistedClient {
  return { timestamp: Date.now(), buster: 'test', clientState: dehydrate(client, savedDataDehydrateOptions) };
}

describe('saved copy of the data', () => {
  it('saves only data-service answers that have figures, including figures kept after a failed refresh', async () => {
    const client = new QueryClient();
    client.setQueryData(['mappa-data', '/api', 'json', 'areas'], [{ id: 'kent' }]);
    client.setQueryData(['something-else'], 'not saved');
    await client.prefetchQuery({ queryKey: ['mappa-data', '/api', 'json', 'years'], queryFn: () => Promise.reject(new Error('down')), retry: false });
    client.setQueryData(['mappa-data', '/api', 'json', 'reports', '2021-22'], { reports: [] });
    // A refresh that fails: the figures stay (status "error", data kept) and must stay saved.
    await client
      .fetchQuery({
        queryKey: ['mappa-data', '/api', 'json', 'reports', '2021-22'],
        queryFn: () => Promise.reject(new Error('offline')),
        retry: false,
        staleTime: 0,
      })
      .catch(() => undefined);
    expect(client.getQueryState(['mappa-data', '/api', 'json', 'reports', '2021-22'])?.status).toBe('error');
    const keys = persistedClient(client).clientState.queries.map((query) => query.queryKey);
    expect(keys).toEqual([
      ['mappa-data', '/api', 'json', 'areas'],
      ['mappa-data', '/api', 'json', 'reports', '2021-22'],
    ]);
  });

  it('writes one copy per burst of changes and reads it back', async () => {
    const persister = createIndexedDbPersister('test-key', 200);
    const client = new QueryClient();
    client.setQueryData(['mappa-data', 'areas'], ['first']);
    await persister.persistClient(persistedClient(client));
    client.setQueryData(['mappa-data', 'areas'], ['second']);
    await persister.persistClient(persistedClient(client));
    // Nothing is written until the burst is over; then only the latest state.
    expect(await persister.restoreClient()).toBeUndefined();
    await vi.waitFor(async () => expect((await persister.restoreClient())?.clientState.queries[0]?.state.data).toEqual(['second']));
    await persister.removeClient();
    expect(await persister.restoreClient()).toBeUndefined();
  });

  it('knows figures from an earlier visit from figures loaded now', () => {
    const sessionStart = Date.UTC(2026, 10, 25, 12, 0);
    expect(isFromEarlierVisit(sessionStart - 1, sessionStart)).toBe(true);
    expect(isFromEarlierVisit(sessionStart + 1, sessionStart)).toBe(false);
    expect(isFromEarlierVisit(0, sessionStart)).toBe(false);
  });

  it('says when restored figures were saved, and when fresh ones were loaded', () => {
    const sessionStart = Date.UTC(2026, 10, 25, 12, 0);
    const saved = Date.UTC(2026, 10, 24, 9, 5);
    expect(formatSavedOn(saved)).toBe('24 November 2026 at 09:05');
    expect(describeShownData(saved, sessionStart)).toEqual({ fromSavedCopy: true, text: 'Showing data saved on 24 November 2026 at 09:05.' });
    expect(describeShownData(sessionStart + 60_000, sessionStart)).toEqual({
      fromSavedCopy: false,
      text: 'You are still looking at the figures loaded at 12:01:00.',
    });
  });
});
