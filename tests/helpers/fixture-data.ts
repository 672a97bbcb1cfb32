import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Area } from '../../src/domain/area';
import { parseReportRecords } from '../../src/shared/data/parse-reports';
import type { YearData } from '../../src/shared/model/year-data';
import type { ViewData, ViewNeeds } from '../../src/shared/data/use-view-data';
import { withGaps } from '../../mocks/scenarios/gaps';

const fixtures = join(__dirname, '..', '..', 'mocks', 'fixtures');

export const fixtureAreas: Area[] = JSON.parse(readFileSync(join(fixtures, 'areas.json'), 'utf8')).areas;
export const fixtureYears: string[] = JSON.parse(readFileSync(join(fixtures, 'years.json'), 'utf8')).years;

/** One year of fixtures, validated exactly as the app does; with the "gaps" test scenario if asked. */
export function fixtureYearData(year: string, scenario?: 'gaps'): YearData {
  const file = JSON.parse(readFileSync(join(fixtures, 'reports', `${year}.json`), 'utf8'));
  const records: unknown[] = scenario === 'gaps' ? withGaps(year, file.reports) : file.reports;
  return { year, ...parseReportRecords(records, new Set(fixtureAreas.map((a) => a.id))) };
}

export function fixtureArea(id: string): Area {
  const area = fixtureAreas.find((a) => a.id === id);
  if (!area) throw new Error(`no fixture area ${id}`);
  return area;
}

/**
 * A view's data from the fixtures, assembled as the app does, with no imports laid over; `prepare`
 * turns each year's data into what the view sees (e.g. adds the probation regions' figures).
 */
export function loadFixtureViewData(needs: ViewNeeds, prepare: (data: YearData) => YearData = (data) => data): Promise<ViewData> {
  const load = (year: string) => ({ ...prepare(fixtureYearData(year)), overridden: [], partial: [] });
  const seriesAreas = new Set(needs.areaSeries);
  return Promise.resolve({
    byYear: new Map(needs.years.map((year) => [year, load(year)])),
    later: new Map(needs.laterYears.map((year) => [year, load(year)])),
    series: needs.seriesYears.map((year) => {
      const data = load(year);
      return { ...data, reports: data.reports.filter((report) => seriesAreas.has(report.areaId)) };
    }),
    refused: [],
  });
}
