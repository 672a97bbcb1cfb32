import type { Area } from '../../domain/area';
import { MISSING, NOT_APPLICABLE, type Cell } from '../../domain/cell';
import { statusOf } from '../../domain/cell-status';
import { resolvedValue } from '../../domain/disputes';
import { membersOf } from '../../domain/geography';
import type { Provenance } from '../../domain/provenance';
import { cellsById, mapReportCells } from '../../domain/report-cells';
import type { AreaYearReport } from '../../domain/report-schema';
import { trustOfStatus, weakestTrust, type Trust } from '../../domain/trust';
import { isRegionalEra } from '../../domain/years';
import { recordErrorFor, reportFor, type YearData } from './year-data';

type SumOfAreas = Extract<Provenance, { kind: 'sum-of-areas' }>;

/**
 * A probation region's report summed from its areas' reports for one year, calculated here:
 * - each count is the sum of the areas' counts (a disputed figure at the value used), as
 *   trustworthy as the weakest figure summed;
 * - a figure that any area lacks (not published, no figure held, a data error, no record) makes
 *   the region's "cannot be calculated": never a partial sum shown as whole; "-" in every area
 *   stays "-", and "-" beside numbers adds nothing;
 * - the rate per 100,000 is the summed category 1 over the summed populations (each area's
 *   category 1 ÷ its rate × 100,000), never an average of the areas' rates;
 * - stated totals are the sums of the areas' stated totals (a region has no table of its own to
 *   misprint: consistency checks leave sums alone, consistency.ts).
 * Undefined when the region has no areas or the year has no report to take the shape from.
 */
export function sumOfAreasReport(region: Area, members: readonly Area[], data: YearData): AreaYearReport | undefined {
  if (members.length === 0) return undefined;
  const reports = members.map((member) => (recordErrorFor(data, member.id) ? undefined : reportFor(data, member.id)));
  const template = reports.find((report) => report !== undefined) ?? data.reports[0];
  if (!template) return undefined;
  const names = members.map((member) => member.name);
  const unavailable = members.filter((_, index) => reports[index] === undefined).map((member) => member.name);
  const held = reports.filter((report): report is AreaYearReport => report !== undefined);
  if (unavailable.length > 0) {
    const provenance: SumOfAreas = { kind: 'sum-of-areas', areas: names, weakest: 'published', unavailable };
    return { ...mapReportCells(template, () => MISSING), areaId: region.id, year: data.year as AreaYearReport['year'], provenance };
  }
  const cellsOfMembers = held.map(cellsById);
  const trusts: Trust[] = [];
  const summedCell = (figureId: string): Cell => {
    const cells = cellsOfMembers.map((cells, index) => ({ cell: cells.get(figureId) ?? MISSING, report: held[index] }));
    if (cells.every(({ cell }) => cell.kind === 'not-applicable')) return NOT_APPLICABLE;
    let total = 0;
    const cellTrusts: (Trust | undefined)[] = [];
    for (const { cell, report } of cells) {
      if (cell.kind === 'not-applicable') continue;
      const value = resolvedValue(cell);
      if (value === undefined || !report) return MISSING;
      total += value;
      cellTrusts.push(trustOfStatus(statusOf(cell, report.provenance).status));
    }
    return sumCell(total, names, cellTrusts, trusts);
  };
  const rateCell = (): Cell => {
    let category1 = 0;
    let population = 0;
    const cellTrusts: (Trust | undefined)[] = [];
    for (const report of held) {
      const count = resolvedValue(report.snapshot.columnTotals.category1);
      const rate = resolvedValue(report.rsoPer100k.rate);
      if (count === undefined || rate === undefined || rate === 0) return MISSING;
      category1 += count;
      population += (count / rate) * 100_000;
      cellTrusts.push(trustOfStatus(statusOf(report.snapshot.columnTotals.category1, report.provenance).status));
      cellTrusts.push(trustOfStatus(statusOf(report.rsoPer100k.rate, report.provenance).status));
    }
    if (population === 0) return MISSING;
    return sumCell(Math.round((category1 / population) * 100_000 * 10) / 10, names, cellTrusts, trusts);
  };
  const summed = mapReportCells(template, (figureId) => (figureId === 'rsoPer100k' ? rateCell() : summedCell(figureId)));
  const bases = new Set(held.map((report) => report.rsoPer100k.populationBasis));
  const provenance: SumOfAreas = { kind: 'sum-of-areas', areas: names, weakest: weakestTrust(trusts) ?? 'published' };
  return {
    ...summed,
    areaId: region.id,
    year: data.year as AreaYearReport['year'],
    provenance,
    rsoPer100k: { ...summed.rsoPer100k, populationBasis: bases.size === 1 ? (held[0]?.rsoPer100k.populationBasis ?? 'unknown') : 'unknown' },
  };
}

function sumCell(value: number, areas: string[], cellTrusts: readonly (Trust | undefined)[], all: Trust[]): Cell {
  const weakest = weakestTrust(cellTrusts) ?? 'published';
  all.push(weakest);
  return { kind: 'value', value, source: { kind: 'sum-of-areas', areas, weakest } };
}

/** A year's data with the probation regions' figures in it: what every view draws from. */
export type WithRegions<T extends YearData> = T & {
  /** Each region's sum of its areas, where the region's own figures are held too: set beside them where they differ. */
  regionSums: ReadonlyMap<string, AreaYearReport>;
};

const withRegionsMemo = new WeakMap<YearData, WeakMap<readonly Area[], WithRegions<YearData>>>();

/**
 * The year's data with every probation region's figures: its own where held (a regional report,
 * served or imported), else, before 2024-25, the sum of its areas' (calculated here). From
 * 2024-25 a region with no figures of its own is summed only where every one of its areas has a
 * record (a regional report's by-area tables). Memoised per year's data and list of areas, so a
 * redraw costs nothing; linear in the number of areas and figures.
 */
export function withRegionFigures<T extends YearData>(data: T, areas: readonly Area[]): WithRegions<T> {
  let byAreas = withRegionsMemo.get(data);
  const known = byAreas?.get(areas);
  if (known) return known as WithRegions<T>;
  const regions = areas.filter((area) => area.kind === 'region');
  const added: AreaYearReport[] = [];
  const regionSums = new Map<string, AreaYearReport>();
  for (const region of regions) {
    const members = membersOf(areas, region.id);
    const held = reportFor(data, region.id);
    if (isRegionalEra(data.year) && members.some((member) => !reportFor(data, member.id))) continue;
    const sum = sumOfAreasReport(region, members, data);
    if (!sum) continue;
    if (held) regionSums.set(region.id, sum);
    else if (!recordErrorFor(data, region.id)) added.push(sum);
  }
  const result: WithRegions<T> = { ...data, reports: added.length > 0 ? [...data.reports, ...added] : data.reports, regionSums };
  if (!byAreas) {
    byAreas = new WeakMap();
    withRegionsMemo.set(data, byAreas);
  }
  byAreas.set(areas, result);
  return result;
}

/** Whether a report is a region's sum of its areas (calculated here), not a report of its own. */
export function isSumOfAreas(report: AreaYearReport | undefined): boolean {
  return report?.provenance.kind === 'sum-of-areas';
}
