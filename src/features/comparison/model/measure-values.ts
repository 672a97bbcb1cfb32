import type { Cell } from '../../data/cell';
import { resolveDispute, resolvedValue, type DisputeResolution } from '../../data/disputes';
import { describeProvenance, type Provenance } from '../../data/provenance';
import type { AreaYearReport } from '../../data/report-schema';
import { hasDrawableValue, type RateBasis, type ValueStatus } from '../../charts/chart-data';
import { formatNumber } from '../../../lib/format';
import { MEASURES, type Measure } from '../measures';
import type { UnitId } from '../view-state';
import { statusOf } from './value-status';

export interface MeasureValue {
  cell: Cell;
  value: number | undefined;
  status: ValueStatus;
  source: string;
  basis?: RateBasis | undefined;
  dispute?: DisputeResolution | undefined;
}

export const UNIT_LABELS: Record<UnitId, string> = {
  count: 'number of people',
  rate: 'per 100,000 population aged 10 and over (calculated here)',
  share: "% of the area's MAPPA-eligible offenders (calculated here)",
};

const CATEGORY_1_LABEL = 'registered sexual offenders (category 1) on 31 March';

const POPULATION_BASIS_TEXT: Record<AreaYearReport['rsoPer100k']['populationBasis'], string> = {
  'census-2021': 'population aged 10 and over from the 2021 census',
  'mid-year-estimate': 'population aged 10 and over from the ONS mid-year estimate',
  unknown: 'population aged 10 and over (the report does not say which estimate)',
};

/**
 * The value of a measure for one report, in the chosen unit. Rates and shares are
 * calculated here, and a value calculated from an illustrative figure stays illustrative.
 * Every rate and share carries its basis: the count and what it is divided by.
 */
export function measureValue(report: AreaYearReport, measure: Measure, unit: UnitId): MeasureValue {
  const cell = measure.figure(report);
  const own = statusOf(cell, report.provenance);
  const dispute = cell.kind === 'disputed' ? resolveDispute(cell.claims) : undefined;
  if (measure.kind === 'calculated-share') return calculatedShare(report, measure, cell);
  if (measure.kind === 'published-rate') {
    return { cell, value: hasDrawableValue(own.status) ? resolvedValue(cell) : undefined, ...own, dispute, basis: publishedRateBasis(report) };
  }
  const count = resolvedValue(cell);
  if (unit === 'count') return { cell, value: hasDrawableValue(own.status) ? count : undefined, ...own, dispute };
  if (count === undefined) return { cell, value: undefined, ...own, dispute };
  if (unit === 'share') {
    const total = resolvedValue(report.snapshot.grandTotal);
    const basis = {
      count,
      countLabel: measure.label,
      denominator: `all MAPPA-eligible offenders on 31 March (${total === undefined ? 'not published' : formatNumber(total)})`,
    };
    if (total === undefined || total === 0) return unavailable('the area total is not published', basis);
    const share = Math.round((count / total) * 1000) / 10;
    return calculated(share, [cell, report.snapshot.grandTotal], report.provenance, basis);
  }
  const population = impliedPopulation(report);
  const populationText = population === undefined ? undefined : formatNumber(Math.round(population / 1000) * 1000);
  const basis = {
    count,
    countLabel: measure.label,
    denominator:
      populationText === undefined
        ? 'population aged 10 and over: cannot be inferred (category 1 or the published rate is missing)'
        : `population aged 10 and over, about ${populationText}, inferred here as category 1 ÷ published rate per 100,000 × 100,000`,
  };
  if (population === undefined) return unavailable('the population cannot be worked out for this area and year', basis);
  const rate = Math.round((count / population) * 100_000 * 10) / 10;
  return calculated(rate, [cell, MEASURES.category1.figure(report), report.rsoPer100k.rate], report.provenance, basis);
}

/**
 * Population aged 10 and over implied by the report itself: category 1 (registered sexual
 * offenders) divided by the published rate per 100,000.
 */
export function impliedPopulation(report: AreaYearReport): number | undefined {
  const category1 = resolvedValue(report.snapshot.columnTotals.category1);
  const rate = resolvedValue(report.rsoPer100k.rate);
  if (category1 === undefined || rate === undefined || rate === 0) return undefined;
  return (category1 / rate) * 100_000;
}

function publishedRateBasis(report: AreaYearReport): RateBasis {
  return {
    count: resolvedValue(report.snapshot.columnTotals.category1),
    countLabel: CATEGORY_1_LABEL,
    denominator: `${POPULATION_BASIS_TEXT[report.rsoPer100k.populationBasis]}; rate as published`,
  };
}

function calculatedShare(report: AreaYearReport, measure: Measure, cell: Cell): MeasureValue {
  const inputs = measure.inputs?.(report) ?? [];
  const parts = inputs.slice(0, -1).map(resolvedValue);
  const whole = inputs.length > 0 ? resolvedValue(inputs[inputs.length - 1] ?? { kind: 'missing' }) : undefined;
  const labels = measure.basisLabels ?? { count: measure.label, whole: 'the whole' };
  const basis: RateBasis = {
    count: parts.some((part) => part === undefined) ? undefined : parts.reduce<number>((sum, part) => sum + (part ?? 0), 0),
    countLabel: labels.count,
    denominator: `${labels.whole} (${whole === undefined ? 'not published' : formatNumber(whole)})`,
  };
  if (cell.kind !== 'value') return { cell, value: undefined, ...statusOf(cell, report.provenance), basis };
  return calculated(cell.value, inputs, report.provenance, basis);
}

/** A value calculated here: illustrative if any input is; "sources disagree" if any input is disputed. */
function calculated(value: number, inputs: Cell[], recordProvenance: Provenance, basis: RateBasis): MeasureValue {
  const sources = inputs.flatMap((input): Provenance[] => {
    if (input.kind === 'value') return [input.source ?? recordProvenance];
    if (input.kind === 'disputed') return [resolveDispute(input.claims).chosen.source];
    return [recordProvenance];
  });
  const disputed = inputs.find((input) => input.kind === 'disputed');
  const dispute = disputed?.kind === 'disputed' ? resolveDispute(disputed.claims) : undefined;
  const illustrative = sources.some((source) => source.kind === 'illustrative');
  const cited = [...new Set(sources.map(describeProvenance))].join('; ');
  return {
    cell: { kind: 'value', value },
    value,
    status: illustrative ? 'illustrative' : dispute ? 'sources disagree' : 'calculated here',
    source: `Calculated here from: ${cited}`,
    basis,
    dispute,
  };
}

function unavailable(why: string, basis: RateBasis): MeasureValue {
  return { cell: { kind: 'missing' }, value: undefined, status: 'missing', source: `Cannot calculate: ${why}`, basis };
}
