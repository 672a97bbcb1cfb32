import type { Cell } from '../../domain/cell';
import { resolveDispute, resolvedValue, type DisputeResolution } from '../../domain/disputes';
import type { Provenance } from '../../domain/provenance';
import type { AreaYearReport } from '../../domain/report-schema';
import type { RateBasis, RowInterval } from '../../domain/chart-row';
import { hasDrawableValue, NO_VALUE_TEXT, type ValueStatus } from '../../domain/value-status';
import { formatNumber } from '../../lib/format';
import { MEASURES, type Measure } from '../../domain/measures';
import type { UnitId } from '../../domain/chart-options';
import { statusOf } from '../../domain/cell-status';
import { statusOfDerived, trustOfStatus, weakestTrust } from '../../domain/trust';
import { rowInterval } from './intervals';

export interface MeasureValue {
  cell: Cell;
  value: number | undefined;
  status: ValueStatus;
  source: string;
  basis?: RateBasis | undefined;
  dispute?: DisputeResolution | undefined;
  /** Rates and shares: the 95% interval, where every input is there. */
  interval?: RowInterval | undefined;
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
 * The value of a measure for one report, in the chosen unit. Rates and shares are calculated
 * here, and a value calculated here is only as trustworthy as its weakest input: illustrative
 * if any input is, and so on (see trust.ts). Every rate and share carries its basis: the count,
 * with its own status and source, and what it is divided by.
 */
export function measureValue(report: AreaYearReport, measure: Measure, unit: UnitId): MeasureValue {
  const cell = measure.figure(report);
  const own = statusOf(cell, report.provenance);
  const dispute = cell.kind === 'disputed' ? resolveDispute(cell.claims) : undefined;
  if (measure.kind === 'calculated-share') return calculatedShare(report, measure, cell);
  if (measure.kind === 'published-rate') {
    const basis = publishedRateBasis(report);
    const value = hasDrawableValue(own.status) ? resolvedValue(cell) : undefined;
    // The published rate is the category 1 count over the population it implies, so its interval is that count's.
    const interval =
      value === undefined
        ? undefined
        : rowInterval({
            statistic: 'rate',
            count: basis.count,
            denominator: basis.denominatorValue,
            multiplier: 100_000,
            inputStatuses: [basis.countStatus, own.status],
          });
    return { cell, value, ...own, dispute, basis, interval };
  }
  const count = resolvedValue(cell);
  if (unit === 'count') return { cell, value: hasDrawableValue(own.status) ? count : undefined, ...own, dispute };
  const countBasis = { count, countLabel: measure.label, countStatus: own.status, countSource: own.source };
  if (count === undefined) return { ...unavailable(`the count is ${NO_VALUE_TEXT[own.status] ?? 'not there'}`, { ...countBasis, denominator: '' }), cell };
  if (unit === 'share') {
    const total = resolvedValue(report.snapshot.grandTotal);
    const totalStatus = statusOf(report.snapshot.grandTotal, report.provenance).status;
    const basis = {
      ...countBasis,
      denominator: `all MAPPA-eligible offenders on 31 March (${total === undefined ? (NO_VALUE_TEXT[totalStatus] ?? 'not published') : `${formatNumber(total)}, ${totalStatus}`})`,
      denominatorValue: total,
    };
    if (total === undefined || total === 0) return unavailable('the area total is not there', basis);
    const share = Math.round((count / total) * 1000) / 10;
    return withInterval(calculated(share, [cell, report.snapshot.grandTotal], report.provenance, basis), 'proportion', 100, [own.status, totalStatus]);
  }
  const population = impliedPopulation(report);
  const populationText = population === undefined ? undefined : formatNumber(Math.round(population / 1000) * 1000);
  const rateStatus = statusOf(report.rsoPer100k.rate, report.provenance).status;
  const category1Status = statusOf(MEASURES.category1.figure(report), report.provenance).status;
  const basis = {
    ...countBasis,
    denominator:
      populationText === undefined
        ? 'population aged 10 and over: cannot be inferred (category 1 or the rate per 100,000 is not there)'
        : `population aged 10 and over, about ${populationText}, inferred here as category 1 (${category1Status}) ÷ rate per 100,000 (${rateStatus}) × 100,000`,
    denominatorValue: population,
  };
  if (population === undefined) return unavailable('the population cannot be worked out for this area and year', basis);
  const rate = Math.round((count / population) * 100_000 * 10) / 10;
  return withInterval(calculated(rate, [cell, MEASURES.category1.figure(report), report.rsoPer100k.rate], report.provenance, basis), 'rate', 100_000, [
    own.status,
    category1Status,
    rateStatus,
  ]);
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
  const category1 = report.snapshot.columnTotals.category1;
  const count = statusOf(category1, report.provenance);
  const rate = statusOf(report.rsoPer100k.rate, report.provenance);
  return {
    count: resolvedValue(category1),
    countLabel: CATEGORY_1_LABEL,
    countStatus: count.status,
    countSource: count.source,
    denominator: `${POPULATION_BASIS_TEXT[report.rsoPer100k.populationBasis]}; ${rate.status === 'published' ? 'rate as published' : `rate ${rate.status}`}`,
    denominatorValue: impliedPopulation(report),
  };
}

function calculatedShare(report: AreaYearReport, measure: Measure, cell: Cell): MeasureValue {
  const inputs = measure.inputs?.(report) ?? [];
  const partCells = inputs.slice(0, -1);
  const wholeCell = inputs.at(-1) ?? { kind: 'missing' };
  const parts = partCells.map(resolvedValue);
  const whole = resolvedValue(wholeCell);
  const wholeStatus = statusOf(wholeCell, report.provenance).status;
  const labels = measure.basisLabels ?? { count: measure.label, whole: 'the whole' };
  const partStatuses = partCells.map((part) => statusOf(part, report.provenance));
  const basis: RateBasis = {
    count: parts.some((part) => part === undefined) ? undefined : parts.reduce<number>((sum, part) => sum + (part ?? 0), 0),
    countLabel: labels.count,
    countStatus: sumStatus(partStatuses.map((part) => part.status)),
    countSource: [...new Set(partStatuses.map((part) => part.source))].join('; '),
    denominator: `${labels.whole} (${whole === undefined ? (NO_VALUE_TEXT[wholeStatus] ?? 'not published') : `${formatNumber(whole)}, ${wholeStatus}`})`,
    denominatorValue: whole,
  };
  if (cell.kind !== 'value') {
    const own = statusOf(cell, report.provenance);
    return hasDrawableValue(own.status) ? { cell, value: undefined, ...own, basis } : unavailable('an input is not there', basis);
  }
  // Shares and "per 100 offenders" are proportions of their whole: Wilson's interval.
  return withInterval(calculated(cell.value, inputs, report.provenance, basis), 'proportion', 100, [...partStatuses.map((part) => part.status), wholeStatus]);
}

/** The status of a sum of figures: a single figure keeps its own; a sum takes the weakest of its parts. */
export function sumStatus(statuses: readonly ValueStatus[]): ValueStatus {
  const gap = statuses.find((status) => !hasDrawableValue(status));
  if (gap) return gap;
  if (statuses.length === 1) return statuses[0] ?? 'missing';
  return statusOfDerived(weakestTrust(statuses.map(trustOfStatus)) ?? 'published');
}

/** A value calculated here takes the weakest status of its inputs: see trust.ts. */
function calculated(value: number, inputs: Cell[], recordProvenance: Provenance, basis: RateBasis): MeasureValue {
  const statuses = inputs.map((input) => statusOf(input, recordProvenance));
  const trust = weakestTrust(statuses.map((input) => trustOfStatus(input.status))) ?? 'published';
  const disputed = inputs.find((input) => input.kind === 'disputed');
  const dispute = disputed?.kind === 'disputed' ? resolveDispute(disputed.claims) : undefined;
  const cited = [...new Set(statuses.map((input) => input.source))].join('; ');
  return {
    cell: { kind: 'value', value },
    value,
    status: statusOfDerived(trust),
    source: `Calculated here from: ${cited}`,
    basis,
    dispute,
  };
}

/** The value with its 95% interval from its basis' count and denominator, as trustworthy as the weakest of those inputs. */
function withInterval(value: MeasureValue, statistic: 'rate' | 'proportion', multiplier: number, inputStatuses: ValueStatus[]): MeasureValue {
  const interval = rowInterval({ statistic, count: value.basis?.count, denominator: value.basis?.denominatorValue, multiplier, inputStatuses });
  return { ...value, interval };
}

function unavailable(why: string, basis: RateBasis): MeasureValue {
  return { cell: { kind: 'missing' }, value: undefined, status: 'cannot be calculated', source: `Cannot calculate: ${why}`, basis };
}
