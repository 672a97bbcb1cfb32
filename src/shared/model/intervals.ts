import type { ChartRow, RowInterval } from '../../domain/chart-row';
import type { Measure } from '../../domain/measures';
import { proportionInterval, rateInterval } from '../../domain/statistics/confidence-intervals';
import { trustOfStatus, weakestTrust } from '../../domain/trust';
import { hasDrawableValue, type ValueStatus } from '../../domain/value-status';
import { formatNumber } from '../../lib/format';
import type { UnitId } from '../../domain/chart-options';
import type { NoteInput } from './chart-text';

/** A rate per 100,000 people (a Poisson count over a population) or a share of a whole (a proportion). */
export type IntervalStatistic = 'rate' | 'proportion';

export interface IntervalInput {
  statistic: IntervalStatistic;
  /** The people counted: the numerator. */
  count: number | undefined;
  /** The population (rates) or the whole (shares) the count is divided by. */
  denominator: number | undefined;
  /** 100,000 for a rate per 100,000; 100 for a percentage or "per 100". */
  multiplier: number;
  /** The status of every figure the count and denominator come from. */
  inputStatuses: readonly ValueStatus[];
}

/**
 * The 95% interval of a rate or share, by the methods Fingertips uses (Byar's, or exact Poisson
 * under 10 events, for rates; Wilson's score for shares), or undefined where one cannot be worked
 * out: an input is not there, the count is not a whole number, or a "share" has more in its part
 * than in its whole (then it is not a proportion, and Wilson's method does not apply).
 * The interval is only as trustworthy as its weakest input: illustrative in, illustrative out.
 */
export function rowInterval({ statistic, count, denominator, multiplier, inputStatuses }: IntervalInput): RowInterval | undefined {
  if (count === undefined || denominator === undefined) return undefined;
  if (inputStatuses.length === 0 || !inputStatuses.every(hasDrawableValue)) return undefined;
  if (!Number.isInteger(count) || count < 0 || !Number.isFinite(denominator) || denominator <= 0) return undefined;
  const trust = weakestTrust(inputStatuses.map(trustOfStatus));
  if (trust === undefined) return undefined;
  if (statistic === 'rate') {
    const { lower, upper, method } = rateInterval(count, denominator, multiplier, 0.95);
    return { lower, upper, level: 0.95, method, trust };
  }
  if (!Number.isInteger(denominator) || count > denominator) return undefined;
  const { lower, upper, method } = proportionInterval(count, denominator, 0.95, multiplier);
  return { lower, upper, level: 0.95, method, trust };
}

/** Limits are shown to one decimal place more than whole numbers need, so a narrow interval is not shown as "145 to 145". */
export function formatLimit(value: number): string {
  return formatNumber(Math.round(value * 10) / 10);
}

/** "140.4 to 149.7". */
export function intervalRange(interval: RowInterval): string {
  return `${formatLimit(interval.lower)} to ${formatLimit(interval.upper)}`;
}

export const METHOD_NAMES: Record<RowInterval['method'], string> = {
  byar: 'Byar’s method',
  'exact-poisson': 'exact Poisson method',
  wilson: 'Wilson score method',
};

/** For CSVs and spreadsheets: short, stable words. */
export const METHOD_IDS: Record<RowInterval['method'], string> = {
  byar: 'Byar',
  'exact-poisson': 'exact Poisson',
  wilson: 'Wilson score',
};

/** "95% interval 140.4 to 149.7 (Byar’s method; illustrative)". */
export function describeInterval(interval: RowInterval): string {
  const caveat = interval.trust === 'published' ? '' : `; ${interval.trust === 'disputed' ? 'uses a disputed figure' : interval.trust}`;
  return `95% interval ${intervalRange(interval)} (${METHOD_NAMES[interval.method]}${caveat})`;
}

/** What kind of interval a measure shown in a unit has: none for counts. */
export function intervalStatistic(measure: Measure, unit: UnitId): IntervalStatistic | undefined {
  if (measure.kind === 'published-rate') return 'rate';
  if (measure.kind === 'calculated-share') return 'proportion';
  if (unit === 'rate') return 'rate';
  if (unit === 'share') return 'proportion';
  return undefined;
}

export const NO_INTERVAL_FOR_COUNTS = 'Counts are whole populations, not samples: they have no interval.';

/** The method in plain English, with what "higher" and "lower" mean and what an interval does not cover. */
export function intervalMethodNote(statistic: IntervalStatistic, where: string): string {
  const what = statistic === 'rate' ? 'rate' : 'share';
  const method = statistic === 'rate' ? 'by Byar’s method (the exact Poisson method where fewer than 10 people are counted)' : 'by the Wilson score method';
  return (
    `95% confidence intervals${where}: the range the ${what} could plausibly take given chance variation in the number of people counted, ${method}. ` +
    `An area is “higher” or “lower” than England and Wales only where its whole interval is above or below England and Wales’s figure: ` +
    `if the true ${what} were the same as England and Wales, a difference this large would happen by chance less than 1 time in 20. Otherwise it is “similar”. ` +
    'Intervals describe random variation, not data quality: they do not allow for errors, disputes or differences in recording.'
  );
}

/**
 * The notes every chart of a measure carries about intervals: that counts have none, or how the
 * intervals were worked out, that an inferred population is approximate, and that intervals built
 * on illustrative figures are illustrative.
 */
export function intervalNotes(measure: Measure, unit: UnitId, where = ' (in the table)'): NoteInput[] {
  const statistic = intervalStatistic(measure, unit);
  if (!statistic) return [NO_INTERVAL_FOR_COUNTS];
  const notes: NoteInput[] = [intervalMethodNote(statistic, where)];
  if (statistic === 'rate') {
    notes.push(
      'Each area’s population aged 10 and over is inferred from its category 1 count and its published rate per 100,000, which is rounded to a whole number, so the limits are close approximations.',
    );
  }
  notes.push({
    text: 'Intervals, comparisons with England and Wales and ranges of ranks built from illustrative figures are illustrative too.',
    appliesTo: (row: ChartRow) => row.interval?.trust === 'illustrative' || row.comparison?.trust === 'illustrative',
  });
  return notes;
}
