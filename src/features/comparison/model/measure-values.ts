import type { Cell } from '../../data/cell';
import { describeProvenance, type Provenance } from '../../data/provenance';
import type { AreaYearReport } from '../../data/report-schema';
import { hasDrawableValue, type ValueStatus } from '../../charts/chart-data';
import { MEASURES, type Measure } from '../measures';
import type { UnitId } from '../view-state';
import { statusOf } from './value-status';

export interface MeasureValue {
  cell: Cell;
  value: number | undefined;
  status: ValueStatus;
  source: string;
}

export const UNIT_LABELS: Record<UnitId, string> = {
  count: 'number of people',
  rate: 'per 100,000 population aged 10 and over (calculated here)',
  share: "% of the area's MAPPA-eligible offenders (calculated here)",
};

/**
 * The value of a measure for one report, in the chosen unit. Rates and shares are
 * calculated here, and a value calculated from an illustrative figure stays illustrative.
 */
export function measureValue(report: AreaYearReport, measure: Measure, unit: UnitId): MeasureValue {
  const cell = measure.figure(report);
  const own = statusOf(cell, report.provenance);
  if (measure.kind === 'calculated-share') return calculated(cell, measure.inputs?.(report) ?? [], report.provenance);
  if (unit === 'count' || measure.kind !== 'count') {
    return { cell, value: hasDrawableValue(own.status) && cell.kind === 'value' ? cell.value : undefined, ...own };
  }
  if (cell.kind !== 'value') return { cell, value: undefined, ...own };
  if (unit === 'share') {
    const total = report.snapshot.grandTotal;
    if (total.kind !== 'value' || total.value === 0) return unavailable('the area total is not published');
    const share = Math.round((cell.value / total.value) * 1000) / 10;
    return calculated({ kind: 'value', value: share }, [cell, total], report.provenance);
  }
  const population = impliedPopulation(report);
  if (population === undefined) return unavailable('the population cannot be worked out for this area and year');
  const rate = Math.round((cell.value / population) * 100_000 * 10) / 10;
  return calculated({ kind: 'value', value: rate }, [cell, MEASURES.category1.figure(report), report.rsoPer100k.rate], report.provenance);
}

/**
 * Population aged 10 and over implied by the report itself: category 1 (registered sexual
 * offenders) divided by the published rate per 100,000.
 */
export function impliedPopulation(report: AreaYearReport): number | undefined {
  const category1 = report.snapshot.columnTotals.category1;
  const rate = report.rsoPer100k.rate;
  if (category1.kind !== 'value' || rate.kind !== 'value' || rate.value === 0) return undefined;
  return (category1.value / rate.value) * 100_000;
}

function calculated(result: Cell, inputs: Cell[], recordProvenance: Provenance): MeasureValue {
  if (result.kind !== 'value') return { cell: result, value: undefined, ...statusOf(result, recordProvenance) };
  const sources = inputs.map((input) => (input.kind === 'value' ? (input.source ?? recordProvenance) : recordProvenance));
  const illustrative = sources.some((source) => source.kind === 'illustrative');
  const cited = [...new Set(sources.map(describeProvenance))].join('; ');
  return {
    cell: result,
    value: result.value,
    status: illustrative ? 'illustrative' : 'calculated here',
    source: `Calculated here from: ${cited}`,
  };
}

function unavailable(why: string): MeasureValue {
  return { cell: { kind: 'missing' }, value: undefined, status: 'missing', source: `Cannot calculate: ${why}` };
}
