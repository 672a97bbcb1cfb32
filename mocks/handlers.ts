import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { ODD_AREA_NAME } from './scenario-constants';
import { API_ROUTES, apiAnswers, apiPath, liveArgument, type ApiDataSet, type ApiRouteName } from '../src/shared/data/api-contract';
import { fixtureAreas, fixtureCoverage, fixtureReportsByYear, fixtureYears } from './fixtures';
import { withGaps } from './scenarios/gaps';

/** The API of docs/api.md, served from the fixtures. Shared by the browser worker and the test server. */
export const API_BASE = '/api';

function apiError(status: number, code: string, message: string) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

/** The fixtures as the API's data set. */
export const FIXTURE_DATA: ApiDataSet = { areas: fixtureAreas, years: fixtureYears, coverage: fixtureCoverage, reportsByYear: fixtureReportsByYear };

/** The live API's refusals of a route's argument before it is looked up (docs/api.md, Errors). */
const REFUSALS: Partial<Record<ApiRouteName, (argument: string | null) => Response | undefined>> = {
  reportsForYear: (year) => {
    if (!year) return apiError(400, 'missing-year', 'Say which year, for example ?year=2021-22.');
    if (!/^\d{4}-\d{2}$/.test(year)) return apiError(400, 'bad-year', `"${year}" is not a year like 2021-22.`);
    return undefined;
  },
};

/** The live API's answer for an argument it has nothing for. */
const UNKNOWN: Partial<Record<ApiRouteName, (argument: string) => Response>> = {
  reportsForYear: (year) => apiError(404, 'unknown-year', `There are no reports for ${year}.`),
  reportsForArea: (areaId) => apiError(404, 'unknown-area', `There is no MAPPA area "${areaId}".`),
};

/** The address MSW matches for a route's live flavour (an argument in the path stays `:name`). */
const livePattern = (route: ApiRouteName) => `${API_BASE}/${liveArgument(route).path}`;

/**
 * The live API over a data set: a handler for each route of the contract
 * (src/shared/data/api-contract.ts), answering what the static build and the bench answer too;
 * only the live flavour's request checks are added here.
 */
export function apiHandlers(data: ApiDataSet): RequestHandler[] {
  const answers = apiAnswers(data);
  return (Object.keys(API_ROUTES) as ApiRouteName[]).map((route) =>
    http.get(livePattern(route), ({ request, params }) => {
      const { name, in: place } = liveArgument(route);
      const argument = name === undefined ? undefined : place === 'query' ? new URL(request.url).searchParams.get(name) : String(params[name]);
      const refusal = REFUSALS[route]?.(argument ?? null);
      if (refusal) return refusal;
      const answer = answers.get(apiPath(route, 'static', argument ?? undefined));
      if (answer) return HttpResponse.json(answer);
      return UNKNOWN[route]?.(argument ?? '') ?? apiError(404, 'not-found', `Nothing at ${new URL(request.url).pathname}.`);
    }),
  );
}

export const handlers: RequestHandler[] = apiHandlers(FIXTURE_DATA);

/** A record broken on purpose: a negative count and text where a count should be. */
function malformed(record: unknown): unknown {
  const copy = structuredClone(record) as { snapshot: { cells: { level1: Record<string, unknown> } }; orders: Record<string, unknown> };
  copy.snapshot.cells.level1.category1 = -12;
  copy.orders.shpo = 'about 40';
  return copy;
}

export const MALFORMED_AREA_ID = 'kent';
export const FIRST_LOAD_WINDOW_MS = 1000;

/** The area whose record names no area in the unplaced-record scenario. */
export const UNPLACED_AREA_ID = 'west-midlands';

export const SCENARIOS = [
  'server-error',
  'slow',
  'stalled',
  'malformed-record',
  'unplaced-record',
  'empty-year',
  'offline',
  'fail-refetch',
  'odd-names',
  'gaps',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SCENARIO_DESCRIPTIONS: Record<Scenario, string> = {
  'server-error': 'every report request answers 500',
  slow: 'report requests take 3 seconds',
  stalled: 'report requests never answer (until the app gives up after its 15-second timeout)',
  'malformed-record': `the ${MALFORMED_AREA_ID} record of every year is broken`,
  'unplaced-record': `the ${UNPLACED_AREA_ID} record of every year names no area (its areaId is missing), so no area can claim it`,
  'empty-year': 'the years answer with no reports',
  offline: 'report requests fail as if the network were down',
  'fail-refetch': 'report URLs work when first loaded and answer 500 from a second later',
  'odd-names': `West Mercia is renamed ${JSON.stringify(ODD_AREA_NAME)} to test quoting and formula safety`,
  gaps: 'two area-years are missing (Gloucestershire 2019-20, Lincolnshire 2017-18) and a few illustrative figures are blank, as real tables can be',
};

/** Handlers that put the API into one failure state, switched on with ?scenario=NAME in development. */
export function scenarioHandlers(scenario: Scenario): RequestHandler[] {
  const reportUrls = [livePattern('reportsForYear'), livePattern('reportsForArea')];
  switch (scenario) {
    case 'server-error':
      return reportUrls.map((url) => http.get(url, () => apiError(500, 'internal', 'The report store is unavailable.')));
    case 'slow':
    case 'stalled':
      return reportUrls.map((url) =>
        http.get(url, async () => {
          await delay(scenario === 'slow' ? 3000 : 'infinite');
          return undefined;
        }),
      );
    case 'malformed-record':
      return apiHandlers(mapRecords(FIXTURE_DATA, (record) => ((record as { areaId?: string }).areaId === MALFORMED_AREA_ID ? malformed(record) : record)));
    case 'unplaced-record': {
      const unplaced = (record: unknown) => ((record as { areaId?: string }).areaId === UNPLACED_AREA_ID ? withoutAreaId(record) : record);
      // Its own answer still holds it (as a store filed by area would), so views of its series refuse it too.
      const ownAnswer = http.get(`${API_BASE}/${apiPath('reportsForArea', 'live', UNPLACED_AREA_ID)}`, () => {
        const reports = Object.values(FIXTURE_DATA.reportsByYear).flatMap((records) =>
          records.filter((record) => (record as { areaId?: string }).areaId === UNPLACED_AREA_ID),
        );
        return HttpResponse.json({ areaId: UNPLACED_AREA_ID, reports: reports.map(unplaced) });
      });
      return [ownAnswer, ...apiHandlers(mapRecords(FIXTURE_DATA, unplaced))];
    }
    case 'gaps':
      return apiHandlers({
        ...FIXTURE_DATA,
        reportsByYear: Object.fromEntries(Object.entries(FIXTURE_DATA.reportsByYear).map(([year, records]) => [year, withGaps(year, records)])),
      });
    case 'empty-year':
      return [
        http.get(livePattern('reportsForYear'), ({ request }) => HttpResponse.json({ year: new URL(request.url).searchParams.get('year'), reports: [] })),
      ];
    case 'offline':
      return reportUrls.map((url) => http.get(url, () => HttpResponse.error()));
    case 'odd-names':
      return apiHandlers({ ...FIXTURE_DATA, areas: fixtureAreas.map((area) => (area.id === 'west-mercia' ? { ...area, name: ODD_AREA_NAME } : area)) });
    case 'fail-refetch': {
      // React's development double-mount can send the first request twice, so "first load"
      // is every request in the second after the first one; later requests fail.
      const firstSeen = new Map<string, number>();
      return reportUrls.map((url) =>
        http.get(url, ({ request }) => {
          const first = firstSeen.get(request.url) ?? Date.now();
          firstSeen.set(request.url, first);
          if (Date.now() - first < FIRST_LOAD_WINDOW_MS) return undefined;
          return apiError(500, 'internal', 'The report store failed while refreshing.');
        }),
      );
    }
  }
}

function withoutAreaId(record: unknown): unknown {
  const { areaId: _dropped, ...rest } = record as { areaId?: string };
  return rest;
}

function mapRecords(data: ApiDataSet, change: (record: unknown) => unknown): ApiDataSet {
  return { ...data, reportsByYear: Object.fromEntries(Object.entries(data.reportsByYear).map(([year, records]) => [year, records.map(change)])) };
}

export function scenarioFromSearch(search: string): Scenario | undefined {
  const value = new URLSearchParams(search).get('scenario');
  return SCENARIOS.find((scenario) => scenario === value);
}
