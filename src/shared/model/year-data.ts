import type { Area } from '../../domain/area';
import type { RecordError } from '../../domain/record-error';
import type { AreaYearReport } from '../../domain/report-schema';
import type { ChartRow } from '../../domain/chart-row';
import type { Measure, MeasureId } from '../../domain/measures';
import { findingsOnMeasure } from '../../domain/consistency';
import type { UnitId } from '../../domain/chart-options';
import { measureValue, UNIT_LABELS, type MeasureValue } from './measure-values';
import { FIRST_REGIONAL_YEAR, isRegionalEra } from '../../domain/years';

/** The validated reports of one year, and the records that failed validation. */
export interface YearData {
  year: string;
  reports: AreaYearReport[];
  errors: RecordError[];
  /** Each probation region's sum of its areas, where the region's own figures are held too (region-sums.ts). */
  regionSums?: ReadonlyMap<string, AreaYearReport>;
}

export const NOT_REPORTED_BY_AREA_SOURCE = `Not reported by area: from ${FIRST_REGIONAL_YEAR} the MAPPA annual reports are published for the 12 probation regions, not the 42 areas`;

/** How a region's figure was found, and the sum of its areas beside its own figure where the two differ. */
function regionFields(
  report: AreaYearReport,
  value: MeasureValue,
  data: YearData | undefined,
  regionId: string,
  measure: Measure,
  unit: UnitId,
): Partial<ChartRow> {
  if (report.provenance.kind === 'sum-of-areas') return { regionFigure: 'sum of areas, calculated here' };
  const sum = data?.regionSums?.get(regionId);
  const summed = sum ? measureValue(sum, measure, unit) : undefined;
  const differs = summed?.value !== undefined && value.value !== undefined && summed.value !== value.value;
  return { regionFigure: 'regional report', areaSum: differs && summed?.value !== undefined ? { value: summed.value, status: summed.status } : undefined };
}

// A chart asks for every area's report and error in turn: indexed once per (immutable) list, so a
// 420-area chart is not 420 scans of 420 reports on every redraw.
const reportIndexes = new WeakMap<readonly AreaYearReport[], Map<string, AreaYearReport>>();
const errorIndexes = new WeakMap<readonly RecordError[], Map<string, RecordError>>();

function firstByArea<T extends { areaId?: string | undefined }>(indexes: WeakMap<readonly T[], Map<string, T>>, list: readonly T[]): Map<string, T> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const item of list) if (item.areaId !== undefined && !index.has(item.areaId)) index.set(item.areaId, item);
    indexes.set(list, index);
  }
  return index;
}

export function reportFor(data: YearData | undefined, areaId: string): AreaYearReport | undefined {
  return data ? firstByArea(reportIndexes, data.reports).get(areaId) : undefined;
}

/** A refused record standing where an area's figures would be; `unplaced` when it names no area we know. */
export type RefusedRecord = RecordError & { unplaced: boolean };

/**
 * The refused record that stands where an area's figures would be: the area's own, or, for an
 * area with no report, one that names no area we know (it may be this area's). A view that finds
 * one says "data error", never "no figure held".
 */
export function recordErrorFor(data: YearData | undefined, areaId: string): RefusedRecord | undefined {
  if (!data) return undefined;
  const own = firstByArea(errorIndexes, data.errors).get(areaId);
  if (own) return { ...own, unplaced: false };
  if (reportFor(data, areaId)) return undefined;
  const unplaced = data.errors.filter((error) => error.areaId === undefined);
  if (unplaced.length === 0) return undefined;
  const records = unplaced.length === 1 ? 'a record' : `${unplaced.length} records`;
  return {
    areaId,
    year: data.year,
    message: `the data service sent ${records} for ${data.year} naming no area we know, and this area's figures may be there (${unplaced.map((error) => error.message).join(' | ')})`,
    unplaced: true,
  };
}

export function unitLabelFor(measure: Measure, unit: UnitId): string {
  return measure.kind === 'count' ? UNIT_LABELS[unit] : measure.unitLabel;
}

/** One chart row for an area: its value, or why it has none. */
export function measureRow(area: Area, data: YearData | undefined, year: string, measure: Measure, unit: UnitId, focusId: string): ChartRow {
  const base = {
    areaId: area.id,
    areaName: area.name,
    year,
    measureId: unit === 'count' && measure.figureId ? measure.figureId : `${measure.id}${unit === 'count' ? '' : `.${unit}`}`,
    measureLabel: measure.label,
    unit: unitLabelFor(measure, unit),
    isFocus: area.id === focusId,
    isReference: area.kind === 'national',
    level: area.kind,
  };
  const error = recordErrorFor(data, area.id);
  if (error) {
    return { ...base, cell: { kind: 'missing' }, value: undefined, status: 'data error', source: `Data error: ${error.message}` };
  }
  const report = reportFor(data, area.id);
  if (!report) {
    // From 2024-25 the reports are regional: an area's figure is not reported (unless a report's by-area table gives it).
    return area.kind === 'area' && isRegionalEra(year)
      ? { ...base, cell: { kind: 'missing' }, value: undefined, status: 'not reported by area', source: NOT_REPORTED_BY_AREA_SOURCE }
      : { ...base, cell: { kind: 'missing' }, value: undefined, status: 'no figure held', source: `No figures for ${area.name} ${year} are held here` };
  }
  const value = measureValue(report, measure, unit);
  return {
    ...base,
    ...(area.kind === 'region' ? regionFields(report, value, data, area.id, measure, unit) : {}),
    cell: value.cell,
    value: value.value,
    status: value.status,
    source: value.source,
    basis: value.basis,
    dispute: value.dispute,
    interval: value.interval,
    ...totalWarnings(report, measure.id),
  };
}

/** A figure that shows, or is calculated from, a published total that does not add up carries the finding (shown wherever the figure is). */
function totalWarnings(report: AreaYearReport, measureId: MeasureId): Pick<ChartRow, 'totalFindings'> {
  const findings = findingsOnMeasure(report, measureId);
  return findings.length > 0 ? { totalFindings: findings } : {};
}
