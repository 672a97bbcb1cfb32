import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticApiFiles } from '../../bench/synthetic-api';
import { API_ROUTES, apiPath, type ApiRouteName } from '../../src/shared/data/api-contract';
import { staticApiFiles } from '../../scripts/vite-plugins';

const fixturesDir = join(__dirname, '..', '..', 'mocks', 'fixtures');
const staticFiles = staticApiFiles(fixturesDir);
const ROUTES = Object.keys(API_ROUTES) as ApiRouteName[];

/** The route a static file answers, and the argument in its path. */
function routeOf(path: string): { route: ApiRouteName; argument: string | undefined } {
  for (const route of ROUTES) {
    const pattern = new RegExp(`^${API_ROUTES[route].static.replace(/\./g, '\\.').replace(/:\w+/, '([^/]+)')}$`);
    const match = pattern.exec(path);
    if (match) return { route, argument: match[1] === undefined ? undefined : decodeURIComponent(match[1]) };
  }
  throw new Error(`no route for ${path}`);
}

async function liveAnswer(address: string) {
  const response = await fetch(new URL(`/api/${address}`, window.location.href));
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('the API is defined once', () => {
  it('has a static file for every route: the areas, years, coverage, each year and each area', () => {
    expect(Object.keys(staticFiles)).toEqual(
      expect.arrayContaining(['areas.json', 'years.json', 'coverage.json', 'reports/2021-22.json', 'areas/west-midlands/reports.json']),
    );
    // 8 years (2017-18 to 2024-25); 42 areas, England and Wales and 12 probation regions.
    expect(Object.keys(staticFiles)).toHaveLength(3 + 8 + 55);
  });

  it('the MSW handlers answer every request with the body of the static file', async () => {
    for (const [path, text] of Object.entries(staticFiles)) {
      const { route, argument } = routeOf(path);
      const { status, body } = await liveAnswer(apiPath(route, 'live', argument));
      expect(status, path).toBe(200);
      expect(body, path).toEqual(JSON.parse(text));
    }
  });

  it('every answer passes its route’s schema, the one the client checks it with', () => {
    const answered = new Set<ApiRouteName>();
    for (const [path, text] of Object.entries(staticFiles)) {
      const { route } = routeOf(path);
      answered.add(route);
      const parsed = API_ROUTES[route].answer.safeParse(JSON.parse(text));
      expect(parsed.success, `${path}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
    expect([...answered].sort()).toEqual([...ROUTES].sort());
  });

  it('the schemas refuse an answer of the wrong shape', () => {
    expect(API_ROUTES.years.answer.safeParse({ years: ['2021'] }).success).toBe(false);
    expect(API_ROUTES.reportsForYear.answer.safeParse({ reports: [] }).success).toBe(false);
    expect(API_ROUTES.areas.answer.safeParse({ areas: [] }).success).toBe(false);
  });

  it('the live API refuses what docs/api.md says it refuses, with its codes', async () => {
    const errorCode = (body: unknown) => (body as { error?: { code?: string } }).error?.code;
    for (const [address, status, code] of [
      ['reports', 400, 'missing-year'],
      ['reports?year=2021', 400, 'bad-year'],
      [apiPath('reportsForYear', 'live', '2031-32'), 404, 'unknown-year'],
      [apiPath('reportsForArea', 'live', 'atlantis'), 404, 'unknown-area'],
    ] as const) {
      const answer = await liveAnswer(address);
      expect([answer.status, errorCode(answer.body)], address).toEqual([status, code]);
    }
  });

  it('the bench’s synthetic API, with one copy of each area, answers the same as the static files', () => {
    expect(syntheticApiFiles(fixturesDir, 1)).toEqual(staticFiles);
  });

  it('the bench’s synthetic API with ten copies keeps every route, for every clone', () => {
    const synthetic = syntheticApiFiles(fixturesDir, 10);
    expect(Object.keys(synthetic)).toContain('areas/kent-10/reports.json');
    expect(JSON.parse(synthetic['coverage.json'] ?? '{}').publishedYears['west-midlands-2']).toEqual(['2018-19', '2019-20', '2020-21', '2021-22']);
  });
});
