/**
 * Funnel limits that allow for overdispersion: Spiegelhalter's additive random-effects method
 * (D. J. Spiegelhalter, "Handling over-dispersion of performance indicators", Quality and Safety in
 * Health Care 2005;14:347–351, and "Funnel plots for comparing institutional performance",
 * Statistics in Medicine 2005;24:1185–1202), as the NHS-R FunnelPlotR package implements it
 * (R/od_adjustment.R: transformed_zscore, winsorisation, phi_func, tau_func; R/calculate_limits.R).
 *
 * Plain funnel limits say how far an area's value would stray from the benchmark by chance alone.
 * When many more areas fall outside them than chance allows, the areas really differ: each has its
 * own true value, spread around the benchmark. This method measures that spread and widens the
 * limits by it, so the limits then ask "is this area unusual among areas that differ as these do?"
 *
 * 1. Each unit's value goes on a scale where chance variation is about the same at every size
 *    (a variance-stabilising transform): √(observed ÷ expected) for rates, with the expected count
 *    from the benchmark (FunnelPlotR's "SR" data with sr_method "CQC", Spiegelhalter's choice), and
 *    arcsin(√p) for proportions (FunnelPlotR's "PR"). Its standard error under the benchmark is s.
 * 2. z = (y − target) ÷ s; the z-scores are winsorised (those beyond the 10th and 90th percentiles
 *    are pulled in to them), so a few extreme units do not inflate the estimate.
 * 3. φ̂ = mean of the winsorised z² (the dispersion ratio: about 1 if only chance is at work).
 * 4. If nφ̂ > n − 1, the between-unit variance τ̂² = (nφ̂ − (n − 1)) ÷ (Σw − Σw² ÷ Σw), w = 1/s²
 *    (DerSimonian and Laird's moment estimate); otherwise τ̂² = 0 and no allowance is made.
 * 5. Limits: target ± z·√(s² + τ̂²) on the transformed scale, turned back into the plotted units.
 *
 * One difference from FunnelPlotR: its "CQC" limits are left on the square-root scale (its open
 * issue #33, "SR CQC limits bug?"); here they are squared back into the plotted units, as the
 * arcsine limits are turned back for proportions in both.
 */
import { twoSidedZ, type ConfidenceLevel } from './confidence-intervals';
import type { FunnelLimits, FunnelSettings } from './funnel-limits';

/** Winsorise 10% at each end unless told otherwise (Spiegelhalter 2005; FunnelPlotR's trim_by). */
export const DEFAULT_WINSORISE_FRACTION = 0.1;

/** One unit (area) of the funnel: its count and what it is divided by (a population, or a whole). */
export interface OverdispersionUnit {
  count: number;
  denominator: number;
}

export interface OverdispersionSettings extends FunnelSettings {
  /** The share of z-scores winsorised at each end, from 0 to under 0.5 (0.1 = 10th and 90th percentiles). */
  winsorise?: number;
}

export interface OverdispersionEstimate {
  /** The number of units the estimate is made from. */
  units: number;
  winsorise: number;
  /** Each unit's z-score, before and after winsorising, in the order given. */
  zScores: number[];
  winsorisedZScores: number[];
  /** φ̂: the mean of the winsorised z². About 1 when the units vary only as chance would make them. */
  phi: number;
  /** τ̂²: the variance between units' true values on the transformed scale; 0 where nφ̂ ≤ n − 1. */
  tau2: number;
  /** τ̂ = √τ̂². */
  tau: number;
  /** Whether the limits are widened at all (τ̂² > 0). */
  adjusted: boolean;
}

function checkSettings({ statistic, benchmark, multiplier, winsorise }: OverdispersionSettings): void {
  if (!Number.isFinite(multiplier) || multiplier <= 0) throw new RangeError(`The multiplier must be a number greater than 0 (got ${multiplier}).`);
  if (!Number.isFinite(benchmark) || benchmark <= 0) {
    // A benchmark of 0 gives every unit an expected count of 0: there is no scale to measure spread on.
    throw new RangeError(`The benchmark must be a number greater than 0 (got ${benchmark}).`);
  }
  if (statistic === 'proportion' && benchmark >= multiplier) {
    throw new RangeError(`A benchmark share must be under ${multiplier} to measure spread around it (got ${benchmark}).`);
  }
  if (winsorise !== undefined && (!Number.isFinite(winsorise) || winsorise < 0 || winsorise >= 0.5)) {
    throw new RangeError(`The share winsorised at each end must be from 0 to under 0.5 (got ${winsorise}).`);
  }
}

function checkUnit({ count, denominator }: OverdispersionUnit, statistic: FunnelSettings['statistic']): void {
  if (!Number.isFinite(count) || count < 0) throw new RangeError(`A count must be a number of 0 or more (got ${count}).`);
  if (!Number.isFinite(denominator) || denominator <= 0) throw new RangeError(`A denominator must be a number greater than 0 (got ${denominator}).`);
  if (statistic === 'proportion' && count > denominator) throw new RangeError(`A part (${count}) cannot be more than its whole (${denominator}).`);
}

/** The benchmark as a share of one (a rate per person, or a proportion). */
function baseline(settings: FunnelSettings): number {
  return settings.benchmark / settings.multiplier;
}

/** A unit's value on the transformed scale, the benchmark on that scale, and the standard error s. */
function transformed(settings: FunnelSettings, { count, denominator }: OverdispersionUnit): { y: number; target: number; s: number } {
  const average = baseline(settings);
  if (settings.statistic === 'rate') {
    const expected = average * denominator;
    return { y: Math.sqrt(count / expected), target: 1, s: 1 / (2 * Math.sqrt(expected)) };
  }
  return { y: Math.asin(Math.sqrt(count / denominator)), target: Math.asin(Math.sqrt(average)), s: 1 / (2 * Math.sqrt(denominator)) };
}

/** The standard error s on the transformed scale at a denominator. */
function standardError(settings: FunnelSettings, denominator: number): number {
  return settings.statistic === 'rate' ? 1 / (2 * Math.sqrt(baseline(settings) * denominator)) : 1 / (2 * Math.sqrt(denominator));
}

/** The p-quantile of sorted values by linear interpolation between order statistics (R's default, type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('A quantile needs at least one value.');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile's probability must be from 0 to 1 (got ${p}).`);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (position - below) * (high - low);
}

/** Values beyond the fraction-th and (1 − fraction)-th quantiles pulled in to those quantiles. */
export function winsorise(values: readonly number[], fraction: number): number[] {
  if (!(fraction >= 0 && fraction < 0.5)) throw new RangeError(`The share winsorised at each end must be from 0 to under 0.5 (got ${fraction}).`);
  const sorted = [...values].sort((a, b) => a - b);
  const lowest = quantile(sorted, fraction);
  const highest = quantile(sorted, 1 - fraction);
  return values.map((value) => Math.min(highest, Math.max(lowest, value)));
}

/** φ̂, the dispersion ratio: the mean of the squared z-scores (FunnelPlotR's phi_func). */
export function dispersionRatio(zScores: readonly number[]): number {
  if (zScores.length === 0) throw new RangeError('The dispersion ratio needs at least one z-score.');
  return zScores.reduce((sum, z) => sum + z * z, 0) / zScores.length;
}

/**
 * τ̂², the between-unit variance (FunnelPlotR's tau_func, after DerSimonian and Laird): 0 unless
 * nφ̂ exceeds n − 1, the value it would have on average if only chance were at work.
 */
export function betweenUnitVariance(phi: number, standardErrors: readonly number[]): number {
  const n = standardErrors.length;
  if (n < 2) throw new RangeError(`The spread between units needs at least 2 of them (got ${n}).`);
  if (!Number.isFinite(phi) || phi < 0) throw new RangeError(`The dispersion ratio must be a number of 0 or more (got ${phi}).`);
  if (n * phi <= n - 1) return 0;
  const weights = standardErrors.map((s) => {
    if (!Number.isFinite(s) || s <= 0) throw new RangeError(`A standard error must be a number greater than 0 (got ${s}).`);
    return 1 / (s * s);
  });
  const sum = weights.reduce((total, w) => total + w, 0);
  const sumOfSquares = weights.reduce((total, w) => total + w * w, 0);
  return Math.max(0, (n * phi - (n - 1)) / (sum - sumOfSquares / sum));
}

/** φ̂ and τ̂² from the units of a funnel plot, around the settings' benchmark. */
export function estimateOverdispersion(settings: OverdispersionSettings, units: readonly OverdispersionUnit[]): OverdispersionEstimate {
  checkSettings(settings);
  if (units.length < 2) throw new RangeError(`Estimating overdispersion needs at least 2 areas (got ${units.length}).`);
  units.forEach((unit) => checkUnit(unit, settings.statistic));
  const fraction = settings.winsorise ?? DEFAULT_WINSORISE_FRACTION;
  const scaled = units.map((unit) => transformed(settings, unit));
  const zScores = scaled.map(({ y, target, s }) => (y - target) / s);
  const winsorisedZScores = winsorise(zScores, fraction);
  const phi = dispersionRatio(winsorisedZScores);
  const tau2 = betweenUnitVariance(
    phi,
    scaled.map(({ s }) => s),
  );
  return { units: units.length, winsorise: fraction, zScores, winsorisedZScores, phi, tau2, tau: Math.sqrt(tau2), adjusted: tau2 > 0 };
}

/** One limit in the plotted units: target + side·z·√(s² + τ²) on the transformed scale, turned back. */
function limit(settings: FunnelSettings, denominator: number, tau2: number, confidence: ConfidenceLevel, side: -1 | 1): number {
  const s = standardError(settings, denominator);
  const spread = side * twoSidedZ(confidence) * Math.sqrt(s * s + tau2);
  if (settings.statistic === 'rate') {
    // √(O/E) below 0 is no value at all: the lower limit stops at 0.
    return Math.max(0, 1 + spread) ** 2 * settings.benchmark;
  }
  const angle = Math.min(Math.PI / 2, Math.max(0, Math.asin(Math.sqrt(baseline(settings))) + spread));
  return Math.sin(angle) ** 2 * settings.multiplier;
}

/** The four limits at one denominator, widened by τ̂² (τ̂² = 0 gives the plain normal-approximation limits). */
export function overdispersedLimitsAt(settings: FunnelSettings, tau2: number, denominator: number): FunnelLimits {
  checkSettings(settings);
  if (!Number.isFinite(tau2) || tau2 < 0) throw new RangeError(`τ² must be a number of 0 or more (got ${tau2}).`);
  if (!Number.isFinite(denominator) || denominator <= 0) throw new RangeError(`The denominator must be a number greater than 0 (got ${denominator}).`);
  return {
    denominator,
    lower998: limit(settings, denominator, tau2, 0.998, -1),
    lower95: limit(settings, denominator, tau2, 0.95, -1),
    upper95: limit(settings, denominator, tau2, 0.95, 1),
    upper998: limit(settings, denominator, tau2, 0.998, 1),
  };
}

/**
 * Roughly how far areas' true values spread around the benchmark beyond chance, in the plotted
 * units (one standard deviation, by the delta method at the benchmark): 2τ̂ × benchmark for rates,
 * 2τ̂√(p(1 − p)) for proportions. For plain-English notes only.
 */
export function spreadInPlottedUnits(settings: FunnelSettings, tau: number): number {
  const average = baseline(settings);
  return settings.statistic === 'rate' ? 2 * tau * settings.benchmark : 2 * tau * Math.sqrt(average * (1 - average)) * settings.multiplier;
}
