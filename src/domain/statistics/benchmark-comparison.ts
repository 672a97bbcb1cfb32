import { formatNumber } from '../../lib/format';
import type { ConfidenceLevel, IntervalLimits } from './confidence-intervals';

export const BENCHMARK_NAME = 'England and Wales';

/** Neutral words only: the MAPPA measures have no good or bad direction, so nothing says 'better' or 'worse'. */
export type BenchmarkResult = 'higher' | 'similar' | 'lower';

export type BenchmarkComparison = { result: BenchmarkResult; benchmark: number; confidence: ConfidenceLevel } | { result: 'not-compared'; reason: string };

function isKnown(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

/**
 * 'higher' when the whole interval is above the benchmark, 'lower' when it is all below, otherwise
 * 'similar'. A benchmark exactly on a limit counts as inside, as in PHEindicatormethods
 * assign_funnel_significance (it uses strict < and >).
 */
export function compareWithBenchmark(
  interval: IntervalLimits | null | undefined,
  benchmark: number | null | undefined,
  confidence: ConfidenceLevel,
): BenchmarkComparison {
  if (!interval || !isKnown(interval.lower) || !isKnown(interval.upper)) {
    return { result: 'not-compared', reason: 'this area has no figure to compare' };
  }
  if (!isKnown(benchmark)) {
    return { result: 'not-compared', reason: `there is no ${BENCHMARK_NAME} figure to compare with` };
  }
  if (interval.lower > interval.upper) {
    throw new RangeError(`The lower limit (${interval.lower}) cannot be above the upper limit (${interval.upper}).`);
  }
  const result: BenchmarkResult = interval.lower > benchmark ? 'higher' : interval.upper < benchmark ? 'lower' : 'similar';
  return { result, benchmark, confidence };
}

/** 20 for 95%, 500 for 99.8%. */
export function chanceOneIn(confidence: ConfidenceLevel): number {
  return Math.round(1 / (1 - confidence));
}

export interface BenchmarkSentenceOptions {
  /** What the figure is, as in "if the true rate were the same": 'rate' or 'share'. */
  quantity?: string;
  formatValue?: (value: number) => string;
}

/**
 * "Higher than England and Wales (145): if the true rate were the same as England and Wales, a
 * difference this large would happen by chance less than 1 time in 20."
 */
export function benchmarkSentence(comparison: BenchmarkComparison, { quantity = 'rate', formatValue = formatNumber }: BenchmarkSentenceOptions = {}): string {
  switch (comparison.result) {
    case 'not-compared':
      return `Not compared with ${BENCHMARK_NAME}: ${comparison.reason}.`;
    case 'similar':
      return `Similar to ${BENCHMARK_NAME}: the difference is within what chance alone could produce.`;
    case 'higher':
    case 'lower': {
      const direction = comparison.result === 'higher' ? 'Higher' : 'Lower';
      return (
        `${direction} than ${BENCHMARK_NAME} (${formatValue(comparison.benchmark)}): if the true ${quantity} were the same as ${BENCHMARK_NAME}, ` +
        `a difference this large would happen by chance less than 1 time in ${chanceOneIn(comparison.confidence)}.`
      );
    }
  }
}
