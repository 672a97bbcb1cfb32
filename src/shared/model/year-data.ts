import type { Area } from '../../domain/area';
import type { RecordError } from '../../domain/record-error';
import type { AreaYearReport } from '../../domain/report-schema';
import type { ChartRow } from '../../domain/chart-row';
import type { Measure } from '../../domain/measures';
import type { UnitId } from '../../domain/chart-options';
import { measureValue, UNIT_LABELS } from './measure-values';

/** The validated reports of one year, and the records that failed validation. */
export interface YearData {
  year: string;
  reports: AreaYearReport[];
  errors: RecordError[];
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
  };
  const error = recordErrorFor(data, area.id);
  if (error) {
    return { ...base, cell: { kind: 'missing' }, value: undefined, status: 'data error', source: `Data error: ${error.message}` };
  }
  const report = reportFor(data, area.id);
  if (!report) {
    return { ...base, cell: { kind: 'missing' }, value: undefined, status: 'no figure held', source: `No figures for ${area.name} ${year} are held here` };
  }
  const value = measureValue(report, measure, unit);
  return {
    ...base,
    cell: value.cell,
    value: value.value,
    status: value.status,
    source: value.source,
    basis: value.basis,
    dispute: value.dispute,
    interval: value.interval,
  };
}
