/**
 * Confidence intervals for counts, rates and proportions, by the methods of the PHEindicatormethods
 * R package behind OHID Fingertips (phe_rate, phe_proportion, byars_lower/byars_upper,
 * wilson_lower/wilson_upper in R/Rates.R, R/Proportions.R and R/utils.R of
 * github.com/ukhsa-collaboration/PHEindicatormethods).
 *
 * Results carry no status. Callers must give an interval the status of the figures it was computed
 * from: an interval computed from an illustrative count or population is itself illustrative, one
 * from an imported figure is imported, and so on.
 */
import { gammaQuantile } from './gamma-quantile';

/** The two levels Fingertips uses: 95% and 99.8% (about 2 and 3 standard deviations). */
export type ConfidenceLevel = 0.95 | 0.998;

export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = [0.95, 0.998];

export interface IntervalLimits {
  lower: number;
  upper: number;
}

export interface Interval extends IntervalLimits {
  value: number;
}

export type PoissonMethod = 'byar' | 'exact-poisson';

export interface CountInterval extends IntervalLimits {
  method: PoissonMethod;
}

export interface RateInterval extends Interval {
  method: PoissonMethod;
}

export interface ProportionInterval extends Interval {
  method: 'wilson';
}

/** phe_rate switches from the exact method to Byar's at 10: "For numerators >= 10 Byar's method is applied". */
export const BYAR_MINIMUM_COUNT = 10;

function checkConfidence(confidence: number): void {
  if (!CONFIDENCE_LEVELS.includes(confidence as ConfidenceLevel)) {
    throw new RangeError(`The confidence level must be 0.95 or 0.998 (got ${confidence}).`);
  }
}

function checkCount(count: number, name: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`The ${name} must be a whole number of 0 or more (got ${count}).`);
  }
}

function checkPositive(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`The ${name} must be a number greater than 0 (got ${value}).`);
  }
}

/** qnorm(0.975) and qnorm(0.999), as R gives them: the only two levels used. */
const Z: Record<ConfidenceLevel, number> = { 0.95: 1.959963984540054, 0.998: 3.090232306167813 };

/** z for a two-sided interval: 1.96 for 95%, 3.09 for 99.8%. */
export function twoSidedZ(confidence: ConfidenceLevel): number {
  checkConfidence(confidence);
  return Z[confidence];
}

function checkRealCount(count: number): void {
  if (!Number.isFinite(count) || count < 0) {
    throw new RangeError(`The count must be a number of 0 or more (got ${count}).`);
  }
}

/**
 * Exact Poisson limits, qchisq(α/2, 2O) / 2 and qchisq(1 − α/2, 2O + 2) / 2; the count may be
 * fractional (funnel limits solve for the count whose limit touches the benchmark). phe_rate uses
 * them only below 10 events; keep it so (gamma-quantile.ts is written and checked for small counts).
 */
export function exactPoissonLimits(count: number, confidence: ConfidenceLevel): IntervalLimits {
  checkRealCount(count);
  checkConfidence(confidence);
  return {
    lower: count === 0 ? 0 : gammaQuantile((1 - confidence) / 2, count),
    upper: gammaQuantile((1 + confidence) / 2, count + 1),
  };
}

/**
 * Byar's approximation (byars_lower, byars_upper); the count may be fractional, as above. For tiny
 * counts the lower formula goes negative (byars_lower returns NA there); 0 is the true floor.
 */
export function byarLimits(count: number, confidence: ConfidenceLevel): IntervalLimits {
  checkRealCount(count);
  const z = twoSidedZ(confidence);
  const next = count + 1;
  return {
    lower: count === 0 ? 0 : Math.max(0, count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3),
    upper: next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3,
  };
}

/** The Poisson limits for a count by phe_rate's rule: exact below 10, Byar's from 10. */
export function poissonLimits(count: number, confidence: ConfidenceLevel = 0.95): CountInterval {
  return count < BYAR_MINIMUM_COUNT
    ? { ...exactPoissonLimits(count, confidence), method: 'exact-poisson' }
    : { ...byarLimits(count, confidence), method: 'byar' };
}

/** Interval for a number of people counted, treated as a Poisson count, as phe_rate does it. */
export function poissonCountInterval(count: number, confidence: ConfidenceLevel = 0.95): CountInterval {
  checkCount(count, 'count');
  return poissonLimits(count, confidence);
}

/** A rate per `multiplier` people (per 100,000 by default) with its interval. */
export function rateInterval(count: number, denominator: number, multiplier = 100_000, confidence: ConfidenceLevel = 0.95): RateInterval {
  checkCount(count, 'count');
  checkPositive(denominator, 'denominator (population)');
  checkPositive(multiplier, 'multiplier');
  const { lower, upper, method } = poissonCountInterval(count, confidence);
  // Same order of operations as the funnel lines, so a count that sits exactly on a line compares equal to it.
  const scale = (events: number) => (events / denominator) * multiplier;
  return { value: scale(count), lower: scale(lower), upper: scale(upper), method };
}

/** A share (a percentage by default) with its Wilson score interval, as phe_proportion does it. */
export function proportionInterval(numerator: number, denominator: number, confidence: ConfidenceLevel = 0.95, multiplier = 100): ProportionInterval {
  checkCount(numerator, 'numerator');
  checkCount(denominator, 'denominator');
  checkPositive(denominator, 'denominator');
  checkPositive(multiplier, 'multiplier');
  if (numerator > denominator) {
    throw new RangeError(`The numerator (${numerator}) cannot be more than the denominator (${denominator}) for a share.`);
  }
  const z = twoSidedZ(confidence);
  const centre = 2 * numerator + z * z;
  const spread = z * Math.sqrt(z * z + 4 * numerator * (1 - numerator / denominator));
  const scale = 2 * (denominator + z * z);
  const share = numerator / denominator;
  // At 0 of n and n of n rounding can put a limit a hair past the share (1 − 3e-16 for n of n);
  // the true limits there are the share itself, and a limit outside 0–1 is meaningless.
  const lower = Math.max(0, Math.min(share, (centre - spread) / scale));
  const upper = Math.min(1, Math.max(share, (centre + spread) / scale));
  return { value: share * multiplier, lower: lower * multiplier, upper: upper * multiplier, method: 'wilson' };
}
