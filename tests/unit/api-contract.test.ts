import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticApiFiles } from '../../bench/synthetic-api';
import { API_ROUTES } from '../../src/shared/data/api-contract';
import { staticApiFiles } from '../../scripts/vite-plugins';

const fixturesDir = join(__dirname, '..', '..', 'mocks', 'fixtures');
const staticFiles = staticApiFiles(fixturesDir);

/** Each static path with the live address the MSW handlers answer for it. */
function liveAddressOf(path: string): string {
  const year = /^reports\/(.+)\.json$/.exec(path)?.[1];
  if (year) return API_ROUTES.reportsForYear.live(decodeURIComponent(year));
  const area = /^areas\/(.+)\/reports\.json$/.exec(path)?.[1];
  if (area) return API_ROUTES.reportsForArea.live(decodeURIComponent(area));
  const route = Object.values(API_ROUTES).find((candidate) => candidate.static('' as never) === path);
  if (!route) throw new Error(`no route for ${path}`);
  return route.live('' as never);
}

describe('the API is defined once', () => {
  it('has a static file for every route: the areas, years, coverage, each year and each area', () => {
    expect(Object.keys(staticFiles)).toEqual(
      expect.arrayContaining(['areas.json', 'years.json', 'coverage.json', 'reports/2021-22.json', 'areas/west-midlands/reports.json']),
    );
    expect(Object.keys(staticFiles)).toHaveLength(3 + 7 + 43);
  });

  it('the MSW handlers answer every request with the body of the static file', async () => {
    for (const [path, text] of Object.entries(staticFiles)) {
      const response = await fetch(new URL(`/api/${liveAddressOf(path)}`, window.location.href));
      expect(response.status, path).toBe(200);
      expect(await response.json(), path).toEqual(JSON.parse(text));
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
