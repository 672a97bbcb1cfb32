import { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { scenarioHandlers } from '../../../mocks/handlers';
import { ApiError } from './api-error';
import { dataQueries } from './queries';

const config = { baseUrl: '/api', flavour: 'live' as const, timeoutMs: 500 };

function client() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe('data API client', () => {
  it('loads the 42 areas, England and Wales and the 12 probation regions', async () => {
    const areas = await client().fetchQuery(dataQueries(config).areas());
    expect(areas.filter((a) => a.kind !== 'region')).toHaveLength(43);
    expect(areas.filter((a) => a.kind === 'region')).toHaveLength(12);
    expect(areas.find((a) => a.id === 'region-west-midlands')).toMatchObject({ name: 'West Midlands region', kind: 'region' });
    expect(areas.find((a) => a.id === 'west-midlands')).toMatchObject({ name: 'West Midlands', region: 'West Midlands', metropolitan: true });
  });

  it('loads the years in order', async () => {
    const years = await client().fetchQuery(dataQueries(config).years());
    expect(years[0]).toBe('2017-18');
    expect(years.at(-1)).toBe('2024-25');
  });

  it('answers a year only the reader’s imports hold with no served reports, without asking the service', async () => {
    const queries = dataQueries(config);
    const served = await client().fetchQuery(queries.years());
    expect(await client().fetchQuery(queries.reportsForYearIfServed('2025-26', served))).toEqual({ reports: [], errors: [] });
    expect((await client().fetchQuery(queries.reportsForYearIfServed('2024-25', served))).reports.length).toBe(13);
  });

  it('loads one year for every area, validated', async () => {
    const { reports, errors } = await client().fetchQuery(dataQueries(config).reportsForYear('2021-22'));
    expect(errors).toEqual([]);
    expect(reports).toHaveLength(43);
    const wm = reports.find((r) => r.areaId === 'west-midlands');
    expect(wm?.snapshot.grandTotal).toEqual({ kind: 'value', value: 5486 });
  });

  it('loads one area for every year', async () => {
    const { reports } = await client().fetchQuery(dataQueries(config).reportsForArea('west-midlands'));
    expect(reports.map((r) => r.year)).toEqual(['2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24']);
  });

  it('turns a 500 into a specific error carrying the server message', async () => {
    server.use(...scenarioHandlers('server-error'));
    const error = await client()
      .fetchQuery(dataQueries(config).reportsForYear('2021-22'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(500);
    expect((error as ApiError).message).toBe('The data service answered 500: The report store is unavailable.');
  });

  it('marks one malformed record as a data error and keeps the rest', async () => {
    server.use(...scenarioHandlers('malformed-record'));
    const { reports, errors } = await client().fetchQuery(dataQueries(config).reportsForYear('2021-22'));
    expect(reports).toHaveLength(42);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.areaId).toBe('kent');
    expect(errors[0]?.message).toMatch(/Counts cannot be negative/);
  });

  it('gives up after the timeout with a clear message', async () => {
    server.use(
      http.get('/api/years', async () => {
        await delay(2000);
        return HttpResponse.json({ years: ['2021-22'] });
      }),
    );
    const error = await client()
      .fetchQuery(dataQueries(config).years())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('timeout');
    expect((error as ApiError).message).toBe('The data service did not answer within 1 second.');
  });

  it('rejects an answer that is not JSON', async () => {
    server.use(http.get('/api/areas', () => new HttpResponse('<html>oops</html>', { status: 200 })));
    const error = await client()
      .fetchQuery(dataQueries(config).areas())
      .catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('invalid-response');
  });

  it('reports an unknown year with the API’s 404 message', async () => {
    const error = await client()
      .fetchQuery(dataQueries(config).reportsForYear('2031-32'))
      .catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).message).toMatch(/no reports for 2031-32/);
  });

  it('returns an empty year as empty, not as an error', async () => {
    server.use(...scenarioHandlers('empty-year'));
    const result = await client().fetchQuery(dataQueries(config).reportsForYear('2021-22'));
    expect(result).toEqual({ reports: [], errors: [] });
  });
});
