import { z } from '../../lib/zod';
import { areasResponseSchema } from '../../domain/area';
import { mappaYearSchema } from '../../domain/provenance';

/**
 * The data API of docs/api.md, defined once: each route's address in the live and the static
 * flavour (`:name` stands for its argument) and the zod schema of its answer. The client checks
 * every answer with that schema; the MSW handlers (development and tests), the static files of
 * the production build and the bench's synthetic API all answer from `apiAnswers`, typed by the
 * same schemas, so they cannot drift apart.
 */
export const API_ROUTES = {
  areas: { live: 'areas', static: 'areas.json', answer: areasResponseSchema },
  years: { live: 'years', static: 'years.json', answer: z.object({ years: z.array(mappaYearSchema).check(z.minLength(1)) }) },
  coverage: { live: 'coverage', static: 'coverage.json', answer: z.object({ publishedYears: z.record(z.string(), z.array(mappaYearSchema)) }) },
  // Records are checked one by one (parse-reports.ts), so a bad one costs only its own area.
  reportsForYear: { live: 'reports?year=:year', static: 'reports/:year.json', answer: z.object({ year: mappaYearSchema, reports: z.array(z.unknown()) }) },
  reportsForArea: {
    live: 'areas/:areaId/reports',
    static: 'areas/:areaId/reports.json',
    answer: z.object({ areaId: z.string(), reports: z.array(z.unknown()) }),
  },
} as const;

export type ApiRouteName = keyof typeof API_ROUTES;
/**
 * Where the data comes from. "live" is the HTTP API of docs/api.md (served by MSW in
 * development and tests); "static" is the same contract written as JSON files, which is
 * what `npm run build` bundles so the app works on any static host.
 */
export type ApiFlavour = 'live' | 'static';
/** A route's answer (any route's, without one) as the client has it once its schema has checked it. */
export type ApiAnswer<R extends ApiRouteName = ApiRouteName> = z.infer<(typeof API_ROUTES)[R]['answer']>;
/** A route's answer as a server sends it: what its schema accepts (a year is any string until checked). */
export type ApiAnswerSent<R extends ApiRouteName = ApiRouteName> = z.input<(typeof API_ROUTES)[R]['answer']>;
/** The argument a route's address needs (a year, an area id), or none. */
export type ApiRouteArgs<R extends ApiRouteName> = (typeof API_ROUTES)[R]['live'] extends `${string}:${string}` ? [argument: string] : [];

const ARGUMENT = /:\w+/;

/** A route's address in one flavour, relative to the API's base, with its argument (if it takes one) in place. */
export function apiPath(route: ApiRouteName, flavour: ApiFlavour, argument?: string): string {
  const address: string = API_ROUTES[route][flavour];
  return argument === undefined ? address : address.replace(ARGUMENT, encodeURIComponent(argument));
}

/** Where a live address carries its argument: the name in the path (`areas/:areaId/reports`) or in the query (`reports?year=:year`). */
export function liveArgument(route: ApiRouteName): { path: string; name: string | undefined; in: 'path' | 'query' } {
  const [path = '', query] = API_ROUTES[route].live.split('?');
  const name = (query ?? path).match(ARGUMENT)?.[0].slice(1);
  return { path, name, in: query === undefined ? 'path' : 'query' };
}

/** What the API serves, as plain data (records are the wire format of docs/api.md). */
export interface ApiDataSet {
  areas: ApiAnswerSent<'areas'>['areas'];
  years: ApiAnswerSent<'years'>['years'];
  coverage: ApiAnswerSent<'coverage'>;
  /** Every year's records; a record is an object with at least an areaId. */
  reportsByYear: Readonly<Record<string, readonly unknown[]>>;
}

function areaIdOf(record: unknown): string | undefined {
  const areaId = (record as { areaId?: unknown } | null)?.areaId;
  return typeof areaId === 'string' ? areaId : undefined;
}

/** Every answer of the API for a data set, keyed by its static path (e.g. "reports/2021-22.json"). */
export function apiAnswers(data: ApiDataSet): Map<string, ApiAnswerSent> {
  const answers = new Map<string, ApiAnswerSent>();
  const answer = <R extends ApiRouteName>(route: R, body: ApiAnswerSent<R>, ...args: ApiRouteArgs<R>) => answers.set(apiPath(route, 'static', ...args), body);
  answer('areas', { areas: data.areas });
  answer('years', { years: data.years });
  answer('coverage', data.coverage);
  for (const year of data.years) answer('reportsForYear', { year, reports: [...(data.reportsByYear[year] ?? [])] }, year);
  for (const area of data.areas) {
    const reports = data.years.flatMap((year) => (data.reportsByYear[year] ?? []).filter((record) => areaIdOf(record) === area.id));
    answer('reportsForArea', { areaId: area.id, reports }, area.id);
  }
  return answers;
}
