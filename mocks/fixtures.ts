import type { Area } from '../src/domain/area';
import areasJson from './fixtures/areas.json';
import yearsJson from './fixtures/years.json';
import coverageJson from './fixtures/coverage.json';

/** Every fixture file, loaded once; the keys are the MAPPA years. */
const reportFiles = import.meta.glob<{ year: string; reports: unknown[] }>('./fixtures/reports/*.json', {
  eager: true,
  import: 'default',
});

/** The areas as the API serves them (JSON gives their enums as plain strings). */
export const fixtureAreas = areasJson.areas as Area[];
export const fixtureYears: string[] = yearsJson.years;
/** For each area, the years with at least one published figure (GET /api/coverage). */
export const fixtureCoverage: { publishedYears: Record<string, string[]> } = coverageJson;

export const fixtureReportsByYear: Record<string, unknown[]> = Object.fromEntries(Object.values(reportFiles).map((file) => [file.year, file.reports]));
