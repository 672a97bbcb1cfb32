import type { ChartRow, RowComparison } from '../../domain/chart-row';
import { BENCHMARK_NAME, benchmarkSentence, compareWithBenchmark } from '../../domain/statistics/benchmark-comparison';
import { rankRanges, rankRangeText } from '../../domain/statistics/rank-uncertainty';
import { trustOfStatus, weakestTrust, type Trust } from '../../domain/trust';
import { NO_VALUE_TEXT } from '../../domain/value-status';
import { formatNumber } from '../../lib/format';
import { withUnit } from './measure-text';
import type { RankedRow } from './rank';

/** " (illustrative)", " (disputed)", " (imported)" or nothing: the mark a derived statement carries in a table. */
export function trustMark(trust: Trust | undefined): string {
  return trust === undefined || trust === 'published' ? '' : ` (${trust})`;
}

/** The sentence a reader must quote with a comparison built from figures that are not all published. */
function trustSentence(trust: Trust | undefined): string {
  switch (trust) {
    case 'illustrative':
      return ' This comparison is illustrative: it is built from synthetic figures.';
    case 'disputed':
      return ' It uses a figure on which published sources disagree.';
    case 'imported':
      return ' It uses figures imported in this browser.';
    default:
      return '';
  }
}

export interface CompareOptions {
  /** "rate" or "share": what the sentence says would be the same. */
  quantity: 'rate' | 'share';
  /** The unit after a number, as in "126 per 100,000" or "31.2%". */
  unitText: string;
}

/**
 * Higher, similar or lower than England and Wales: the area's 95% interval lies wholly above, across
 * or wholly below England and Wales's figure. Counts (rows with no basis) and England and Wales
 * itself are not compared. The comparison is only as trustworthy as the interval and England and
 * Wales's figure: illustrative in, illustrative out, and it says so.
 */
export function compareWithNational(row: ChartRow, reference: ChartRow | undefined, { quantity, unitText }: CompareOptions): RowComparison | undefined {
  if (row.isReference || !row.basis) return undefined;
  const benchmark = reference?.value;
  const interval = row.interval;
  if (!interval) {
    const why =
      row.value === undefined
        ? `${row.areaName} has no figure (${NO_VALUE_TEXT[row.status] ?? row.status})`
        : 'its count or what it is divided by is not there, so it has no interval';
    return notCompared(benchmark, why);
  }
  if (benchmark === undefined || reference === undefined) return notCompared(undefined, `there is no ${BENCHMARK_NAME} figure to compare with`);
  const result = compareWithBenchmark(interval, benchmark, 0.95);
  const trust = weakestTrust([interval.trust, trustOfStatus(reference.status)]);
  if (result.result === 'not-compared') return notCompared(benchmark, result.reason);
  const sentence = benchmarkSentence(result, { quantity, formatValue: (value) => withUnit(formatNumber(value), unitText) }) + trustSentence(trust);
  return { result: result.result, benchmark, trust, short: `${result.result}${trustMark(trust)}`, sentence };
}

function notCompared(benchmark: number | undefined, why: string): RowComparison {
  return { result: 'not compared', benchmark, trust: undefined, short: 'not compared', sentence: `Not compared with ${BENCHMARK_NAME}: ${why}.` };
}

/**
 * The ranks each area could plausibly hold given chance ("between 9th and 17th highest"), by the
 * overlap of the 95% intervals, among the ranked areas that have one. Marked with the weakest
 * trust of every interval involved, since each one moves every range.
 */
export function rankRangesOf(ranked: readonly RankedRow[]): Map<string, string> {
  const withInterval = ranked.filter((entry) => entry.rank !== undefined && entry.row.interval !== undefined);
  if (withInterval.length < 2) return new Map();
  const rankedCount = ranked.filter((entry) => entry.rank !== undefined).length;
  const trust = weakestTrust(withInterval.map((entry) => entry.row.interval?.trust));
  const scope = withInterval.length < rankedCount ? ` of the ${withInterval.length} areas with an interval` : '';
  const ranges = rankRanges(
    withInterval.map((entry) => ({ id: entry.row.areaId, lower: entry.row.interval?.lower ?? 0, upper: entry.row.interval?.upper ?? 0 })),
  );
  return new Map(ranges.map((range) => [range.id, `${rankRangeText(range)}${scope}${trustMark(trust)}`]));
}
