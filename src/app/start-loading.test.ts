import { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { dataQueries } from '../shared/data/queries';
import { DEFAULT_VIEW } from '../shared/view/view-state';
import { startLoading } from './start-loading';

const requested: string[] = [];
const record = ({ request }: { request: Request }) => void requested.push(decodeURIComponent(new URL(request.url).pathname + new URL(request.url).search));

afterEach(() => {
  server.events.removeAllListeners();
  requested.length = 0;
});

describe('startLoading', () => {
  it('never asks for a year the years list does not have, even when the link names it', async () => {
    server.events.on('request:start', record);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startLoading(client, { ...DEFAULT_VIEW, view: 'compare', year: '2031-32' });
    await waitFor(() => expect(client.getQueryData(dataQueries().years().queryKey)).toBeDefined());
    // The view falls back to a year the service has; that is asked for once the list arrives.
    await waitFor(() => expect(requested.some((path) => path.startsWith('/api/reports'))).toBe(true));
    expect(requested.filter((path) => path.includes('2031-32'))).toEqual([]);
  });

  it('asks for a listed year in the link straight away when the years list is already saved', async () => {
    server.events.on('request:start', record);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(dataQueries().years().queryKey, ['2020-21', '2021-22']);
    startLoading(client, { ...DEFAULT_VIEW, view: 'compare', year: '2021-22' });
    await waitFor(() => expect(requested).toContain('/api/reports?year=2021-22'));
  });

  it('asks for a listed year in the link as soon as the years list is in, without waiting for the areas', async () => {
    server.events.on('request:start', record);
    // The list of areas never answers: the year's reports must not wait for it.
    server.use(http.get('*/api/areas', () => delay('infinite')));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startLoading(client, { ...DEFAULT_VIEW, view: 'compare', year: '2021-22' });
    await waitFor(() => expect(requested).toContain('/api/reports?year=2021-22'));
    expect(client.getQueryData(dataQueries().areas().queryKey)).toBeUndefined();
  });

  it('settles once the first view’s code and reports are in, so the first drawing can have its figures', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await startLoading(client, { ...DEFAULT_VIEW, view: 'compare', year: '2021-22' });
    expect(client.getQueryData(dataQueries().years().queryKey)).toBeDefined();
    expect(client.getQueryData(dataQueries().areas().queryKey)).toBeDefined();
    expect(client.getQueryData(dataQueries().reportsForYear('2021-22').queryKey)).toBeDefined();
  });

  it('settles, without failing, when the data service fails: the components show the failure', async () => {
    server.use(http.get('*/api/reports', () => HttpResponse.json({ error: { code: 'broken', message: 'Broken' } }, { status: 500 })));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(startLoading(client, { ...DEFAULT_VIEW, view: 'compare', year: '2021-22' })).resolves.toBeUndefined();
    expect(client.getQueryState(dataQueries().reportsForYear('2021-22').queryKey)?.status).toBe('error');
  });
});
