import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from '../../lib/zod';
import type { Area } from '../../domain/area';
import { compareYears } from '../../domain/years';
import { apiConfigFromEnv, apiUrl, type ApiConfig } from './api-config';
import { API_ROUTES, type ApiAnswer, type ApiRouteArgs, type ApiRouteName } from './api-contract';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';
import { summariseIssues } from '../../lib/zod-issues';
import { parseReportRecords, type ParsedReports } from './parse-reports';
import type { Coverage } from './landing-year';

export const defaultApiConfig: ApiConfig = apiConfigFromEnv(import.meta.env);

function parseOrThrow<S extends z.core.$ZodType>(schema: S, body: unknown, what: string): z.infer<S> {
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', `The data service sent ${what} in an unexpected shape (${summariseIssues(parsed.error)}).`);
  }
  return parsed.data;
}

/** A route's answer, checked against its schema in the contract (`what` names it in an error). */
async function fetchAnswer<R extends ApiRouteName>(config: ApiConfig, what: string, route: R, ...args: ApiRouteArgs<R>): Promise<ApiAnswer<R>> {
  const body = await fetchJson(apiUrl(config, route, ...args), { timeoutMs: config.timeoutMs });
  // TypeScript widens the route's schema to every route's here; the schema checked is R's own.
  return parseOrThrow(API_ROUTES[route].answer, body, what) as ApiAnswer<R>;
}

/**
 * Query keys and options for all server data, from one factory (TkDodo's pattern).
 * The query functions deliberately ignore TanStack's abort signal: using it makes a view that
 * unmounts mid-request roll its query back to before the request, which would throw away
 * figures restored from the saved copy in the meantime. A request runs to the end (or its
 * timeout) and its answer is kept in the cache.
 */
export function dataQueries(config: ApiConfig = defaultApiConfig) {
  const root = ['mappa-data', config.baseUrl, config.flavour] as const;
  const areas = () =>
    queryOptions({
      queryKey: [...root, 'areas'],
      queryFn: async (): Promise<Area[]> => (await fetchAnswer(config, 'the list of areas', 'areas')).areas,
      staleTime: Infinity,
    });
  const areaIds = async (client: QueryClient) => new Set((await client.ensureQueryData(areas())).map((area) => area.id));

  const years = () =>
    queryOptions({
      queryKey: [...root, 'years'],
      queryFn: async () => (await fetchAnswer(config, 'the list of years', 'years')).years.sort(compareYears),
      staleTime: Infinity,
    });
  const reportsForYear = (year: string) =>
    queryOptions({
      queryKey: [...root, 'reports', 'year', year],
      queryFn: async ({ client }): Promise<ParsedReports> => {
        const [answer, known] = await Promise.all([fetchAnswer(config, `the reports for ${year}`, 'reportsForYear', year), areaIds(client)]);
        return parseReportRecords(answer.reports, known, { year });
      },
      staleTime: 5 * 60_000,
    });
  return {
    areas,
    years,
    /** Which years each area has published figures in: the landing year is chosen from it. */
    coverage: () =>
      queryOptions({
        queryKey: [...root, 'coverage'],
        queryFn: async (): Promise<Coverage> => fetchAnswer(config, 'the list of published figures', 'coverage'),
        staleTime: Infinity,
      }),
    reportsForYear,
    /**
     * The served reports of a year the data service may not list: none, without asking, for a year
     * only the reader's imports hold (2025-26 before the service has it), so it is never a 404.
     */
    reportsForYearIfServed: (year: string, served: readonly string[]) =>
      served.includes(year)
        ? reportsForYear(year)
        : queryOptions({
            queryKey: [...root, 'reports', 'unserved', year],
            queryFn: (): Promise<ParsedReports> => Promise.resolve({ reports: [], errors: [] }),
            staleTime: Infinity,
          }),
    reportsForArea: (areaId: string) =>
      queryOptions({
        queryKey: [...root, 'reports', 'area', areaId],
        queryFn: async ({ client }): Promise<ParsedReports> => {
          const [answer, known] = await Promise.all([fetchAnswer(config, `the reports for ${areaId}`, 'reportsForArea', areaId), areaIds(client)]);
          const parsed = parseReportRecords(answer.reports, known, { areaId });
          return { ...parsed, reports: [...parsed.reports].sort((a, b) => compareYears(a.year, b.year)) };
        },
        staleTime: 5 * 60_000,
      }),
  };
}

export type DataQueries = ReturnType<typeof dataQueries>;
