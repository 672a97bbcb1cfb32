import type { Area } from '../../domain/area';
import type { RecordError } from '../data/parse-reports';
import type { AreaYearReport } from '../../domain/report-schema';
import type { ChartRow } from '../../domain/chart-row';
import type { Measure } from '../../domain/measures';
import type { UnitId } from '../view/view-state';
import { measureValue, UNIT_LABELS } from './measure-values';

/** The validated reports of one year, and the records that failed validation. */
export interface YearData {
  year: string;
  reports: AreaYearReport[];
  errors: RecordError[];
}

export function reportFor(data: YearData | undefined, areaId: string): AreaYearReport | undefined {
  return data?.reports.find((report) => report.areaId === areaId);
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
  const error = data?.errors.find((e) => e.areaId === area.id);
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
