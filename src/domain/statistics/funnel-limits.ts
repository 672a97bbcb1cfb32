/**
 * Funnel plot control limits around a benchmark, after PHEindicatormethods calculate_funnel_limits
 * (R/Funnels.R, with poisson_funnel and sigma_adjustment in R/utils.R).
 * - Proportions, as the package: a point on a line is a share whose Wilson limit at that
 *   denominator equals the benchmark.
 * - Rates: a point on the lower 95% line is a rate whose upper 95% limit equals the benchmark, and so
 *   on for the other three lines, as the package does. The package draws these with exact Poisson
 *   limits at every count but classifies areas (assign_funnel_significance) with phe_rate's rule,
 *   Byar's from 10 events; the lines here use phe_rate's rule too, so an area falls outside a line
 *   exactly when its own interval excludes the benchmark. Against the package's test data the lines
 *   match to 1e-5 below 10 events, differ by up to 0.12% (95%) and 0.85% (99.8%) between 10 and 100
 *   events, and by under 0.02% from 100 events.
 * The package computes its rate lines at whole event counts; here each limit is found at any
 * denominator by solving for the (fractional) count, so all four lines share one grid for drawing.
 */
import { BYAR_MINIMUM_COUNT, byarLimits, exactPoissonLimits, twoSidedZ, type ConfidenceLevel } from './confidence-intervals';

export type FunnelStatistic = 'rate' | 'proportion';

export interface FunnelSettings {
  statistic: FunnelStatistic;
  /** The benchmark (England and Wales) in the plotted units, e.g. 145 per 100,000 or 12.5%. */
  benchmark: number;
  /** 100,000 for a rate per 100,000; 100 for a percentage. */
  multiplier: number;
}

export interface FunnelLimits {
  denominator: number;
  lower998: number;
  lower95: number;
  upper95: number;
  upper998: number;
}

export type FunnelPosition = 'above 99.8%' | 'above 95%' | 'within' | 'below 95%' | 'below 99.8%';

function checkSettings({ statistic, benchmark, multiplier }: FunnelSettings): void {
  if (!Number.isFinite(multiplier) || multiplier <= 0) {
    throw new RangeError(`The multiplier must be a number greater than 0 (got ${multiplier}).`);
  }
  if (!Number.isFinite(benchmark) || benchmark < 0) {
    throw new RangeError(`The benchmark must be a number of 0 or more (got ${benchmark}).`);
  }
  if (statistic === 'proportion' && benchmark > multiplier) {
    throw new RangeError(`A share cannot be more than ${multiplier} (the benchmark is ${benchmark}).`);
  }
}

function checkDenominator(denominator: number): void {
  if (!Number.isFinite(denominator) || denominator <= 0) {
    throw new RangeError(`The denominator must be a number greater than 0 (got ${denominator}).`);
  }
}

/**
 * The x in [lo, hi] at which the increasing function f reaches target, given f(lo) ≤ target ≤ f(hi);
 * with no hi, one is found by doubling. Illinois (modified false position) takes 5 to 15 steps where
 * bisection to the same precision takes about 40, and below 10 events each step is a chi-square quantile.
 */
function solveIncreasing(f: (x: number) => number, target: number, lo: number, hi?: number): number {
  let fLo = f(lo) - target;
  if (fLo >= 0) return lo;
  let top = hi ?? Math.max(2 * lo, target, 1);
  let fHi = f(top) - target;
  while (fHi < 0 && hi === undefined) {
    lo = top;
    fLo = fHi;
    top *= 2;
    fHi = f(top) - target;
  }
  if (fHi <= 0) return top;
  const tolerance = 1e-12 * Math.max(1, top);
  let kept: 'lo' | 'hi' | undefined;
  for (let step = 0; step < 200 && top - lo > tolerance; step += 1) {
    const x = (lo * fHi - top * fLo) / (fHi - fLo);
    const fx = f(x) - target;
    if (fx === 0) return x;
    if (fx > 0) {
      top = x;
      fHi = fx;
      if (kept === 'lo') fLo /= 2;
      kept = 'lo';
    } else {
      lo = x;
      fLo = fx;
      if (kept === 'hi') fHi /= 2;
      kept = 'hi';
    }
  }
  return (lo + top) / 2;
}

/**
 * The counts where the lines cross this denominator. phe_rate's rule switches method at 10 events,
 * where the upper limit steps up a little and the lower limit steps down, so each piece is solved on
 * its own: the lower line takes the smallest count whose upper limit reaches the benchmark, the upper
 * line the largest count whose lower limit is still at or under it. Whole counts then fall on the
 * same side of a line as their own interval puts them.
 */
function rateLimits(average: number, denominator: number, confidence: ConfidenceLevel): [lower: number, upper: number] {
  const expected = average * denominator;
  const exactUpper = (count: number) => exactPoissonLimits(count, confidence).upper;
  const exactLower = (count: number) => exactPoissonLimits(count, confidence).lower;
  const byarUpper = (count: number) => byarLimits(count, confidence).upper;
  const byarLower = (count: number) => byarLimits(count, confidence).lower;
  const switchCount = BYAR_MINIMUM_COUNT;

  const lowCount =
    expected <= exactUpper(0)
      ? 0 // even 0 events would not be significantly low
      : expected <= exactUpper(switchCount)
        ? solveIncreasing(exactUpper, expected, 0, switchCount)
        : expected <= byarUpper(switchCount)
          ? switchCount
          : solveIncreasing(byarUpper, expected, switchCount);
  const highCount =
    expected >= byarLower(switchCount) ? solveIncreasing(byarLower, expected, switchCount) : solveIncreasing(exactLower, expected, 0, switchCount);
  return [lowCount / denominator, highCount / denominator];
}

/**
 * sigma_adjustment from PHEindicatormethods R/utils.R: the shares whose Wilson limits at this
 * denominator equal the average. The package's expression is divided through by 8 here (its
 * −8… and 64… terms), which leaves the value unchanged.
 */
function proportionLimits(average: number, denominator: number, confidence: ConfidenceLevel): [lower: number, upper: number] {
  const z2 = twoSidedZ(confidence) ** 2;
  const first = average * (denominator / z2 + 1);
  const last = 1 / z2 + 1 / denominator;
  // At a benchmark of 0% or 100% the term under the root is 0, and rounding can take it just below.
  const root = Math.sqrt(Math.max(0, first ** 2 - last * average * (denominator * (average * (denominator / z2 + 2) - 1) + z2 * (average - 1))));
  return [(first - root) / last / denominator, (first + root) / last / denominator];
}

/** The four control limits at one denominator (population for rates; group size for shares). */
export function funnelLimitsAt(settings: FunnelSettings, denominator: number): FunnelLimits {
  checkSettings(settings);
  checkDenominator(denominator);
  const average = settings.benchmark / settings.multiplier;
  const limits = settings.statistic === 'rate' ? rateLimits : proportionLimits;
  // The package clamps share limits to 0–100%; rate limits are never negative anyway.
  const ceiling = settings.statistic === 'proportion' ? 1 : Infinity;
  const scale = (share: number) => Math.min(ceiling, Math.max(0, share)) * settings.multiplier;
  const [lower95, upper95] = limits(average, denominator, 0.95);
  const [lower998, upper998] = limits(average, denominator, 0.998);
  return { denominator, lower998: scale(lower998), lower95: scale(lower95), upper95: scale(upper95), upper998: scale(upper998) };
}

/** count denominators from min to max, evenly spaced on a log scale, so the curved narrow end gets most points. */
export function logSpacedDenominators(minDenominator: number, maxDenominator: number, count = 100): number[] {
  checkDenominator(minDenominator);
  checkDenominator(maxDenominator);
  if (maxDenominator < minDenominator) {
    throw new RangeError(`The largest denominator (${maxDenominator}) cannot be below the smallest (${minDenominator}).`);
  }
  if (!Number.isInteger(count) || count < 2) {
    throw new RangeError(`A funnel needs a whole number of at least 2 points (got ${count}).`);
  }
  const ratio = maxDenominator / minDenominator;
  return Array.from({ length: count }, (_, index) =>
    index === 0 ? minDenominator : index === count - 1 ? maxDenominator : minDenominator * ratio ** (index / (count - 1)),
  );
}

/** Limit lines for drawing: the four limits at count log-spaced denominators from min to max. */
export function funnelLimitCurve(settings: FunnelSettings, minDenominator: number, maxDenominator: number, count = 100): FunnelLimits[] {
  return logSpacedDenominators(minDenominator, maxDenominator, count).map((denominator) => funnelLimitsAt(settings, denominator));
}

/** Where one area's value sits against the limits at its own denominator. A value on a line is within. */
export function classifyFunnelPoint(value: number, limits: FunnelLimits): FunnelPosition {
  if (!Number.isFinite(value)) throw new RangeError(`The value must be a number (got ${value}).`);
  if (value > limits.upper998) return 'above 99.8%';
  if (value > limits.upper95) return 'above 95%';
  if (value < limits.lower998) return 'below 99.8%';
  if (value < limits.lower95) return 'below 95%';
  return 'within';
}
