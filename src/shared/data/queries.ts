import { queryOptions } from '@tanstack/react-query';
import { z } from '../../lib/zod';
import { areasResponseSchema, type Area } from '../../domain/area';
import { apiConfigFromEnv, endpoints, type ApiConfig } from './api-config';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';
import { summariseIssues } from '../../lib/zod-issues';
import { parseReportRecords, type ParsedReports } from './parse-reports';
import { mappaYearSchema } from '../../domain/provenance';
import { compareYears } from '../../domain/years';
import type { Coverage } from './landing-year';

export const defaultApiConfig: ApiConfig = apiConfigFromEnv(import.meta.env);

const yearsResponseSchema = z.object({ years: z.array(mappaYearSchema).check(z.minLength(1)) });
const reportsEnvelopeSchema = z.object({ reports: z.array(z.unknown()) });
const coverageSchema = z.object({ publishedYears: z.record(z.string(), z.array(mappaYearSchema)) });

function parseOrThrow<T>(schema: z.ZodMiniType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', `The data service sent ${what} in an unexpected shape (${summariseIssues(parsed.error)}).`);
  }
  return parsed.data;
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
      queryFn: async (): Promise<Area[]> => {
        const body = await fetchJson(endpoints.areas(config), { timeoutMs: config.timeoutMs });
        return parseOrThrow(areasResponseSchema, body, 'the list of areas').areas;
      },
      staleTime: Infinity,
    });
  const areaIds = async (client: import('@tanstack/react-query').QueryClient) => new Set((await client.ensureQueryData(areas())).map((area) => area.id));

  return {
    areas,
    years: () =>
      queryOptions({
        queryKey: [...root, 'years'],
        queryFn: async () => {
          const body = await fetchJson(endpoints.years(config), { timeoutMs: config.timeoutMs });
          return [...parseOrThrow(yearsResponseSchema, body, 'the list of years').years].sort(compareYears);
        },
        staleTime: Infinity,
      }),
    /** Which years each area has published figures in: the landing year is chosen from it. */
    coverage: () =>
      queryOptions({
        queryKey: [...root, 'coverage'],
        queryFn: async (): Promise<Coverage> => {
          const body = await fetchJson(endpoints.coverage(config), { timeoutMs: config.timeoutMs });
          return parseOrThrow(coverageSchema, body, 'the list of published figures');
        },
        staleTime: Infinity,
      }),
    reportsForYear: (year: string) =>
      queryOptions({
        queryKey: [...root, 'reports', 'year', year],
        queryFn: async ({ client }): Promise<ParsedReports> => {
          const [body, known] = await Promise.all([fetchJson(endpoints.reportsForYear(config, year), { timeoutMs: config.timeoutMs }), areaIds(client)]);
          return parseReportRecords(parseOrThrow(reportsEnvelopeSchema, body, `the reports for ${year}`).reports, known, { year });
        },
        staleTime: 5 * 60_000,
      }),
    reportsForArea: (areaId: string) =>
      queryOptions({
        queryKey: [...root, 'reports', 'area', areaId],
        queryFn: async ({ client }): Promise<ParsedReports> => {
          const [body, known] = await Promise.all([fetchJson(endpoints.reportsForArea(config, areaId), { timeoutMs: config.timeoutMs }), areaIds(client)]);
          const parsed = parseReportRecords(parseOrThrow(reportsEnvelopeSchema, body, `the reports for ${areaId}`).reports, known, { areaId });
          return { ...parsed, reports: [...parsed.reports].sort((a, b) => compareYears(a.year, b.year)) };
        },
        staleTime: 5 * 60_000,
      }),
  };
}

export type DataQueries = ReturnType<typeof dataQueries>;
