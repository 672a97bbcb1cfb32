import { describe, expect, it } from 'vitest';
import {
  betweenUnitVariance,
  dispersionRatio,
  estimateOverdispersion,
  overdispersedLimitsAt,
  quantile,
  spreadInPlottedUnits,
  winsorise,
} from './overdispersion';
import type { FunnelLimits } from './funnel-limits';

/**
 * The worked example of the NHS-R FunnelPlotR package (github.com/nhs-r-community/FunnelPlotR,
 * version 0.6.0, commit 9020d49): the six units of its tests/testthat/test-funnel_plot.R and
 * test-classes_methods.R, numerator c(100, 150, 180, 80, 120, 225), denominator c(108, 112, 165,
 * 95, 100, 220). test-classes_methods.R publishes φ = 2.948033 for its default method ("SR", SHMI).
 *
 * The other expected numbers are FunnelPlotR's own functions run on these units in R 4.2.2 (the
 * package's R/od_adjustment.R and R/calculate_limits.R sourced unchanged, then the steps of
 * funnel_plot() in R/funnel_plot.R: transformed_zscore, winsorisation (trim_by 0.1), phi_func,
 * tau_func, calculate_limits with draw_adjusted = TRUE), printed to 15 significant figures.
 */
const NUMERATORS = [100, 150, 180, 80, 120, 225];
const DENOMINATORS = [108, 112, 165, 95, 100, 220];

function expectClose(actual: number, expected: number, relative = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

describe('the dispersion ratio φ against FunnelPlotR’s published φ (test-classes_methods.R)', () => {
  it('is 2.948033 for the SHMI z-scores of the six units, of which its 10% truncation keeps all six', () => {
    // SHMI z-scores as transformed_zscore makes them: √E × log(O/E). truncation() drops the units
    // whose rank band floor(rank × 10 / 7) is 0 or 9: none of six, so φ is the mean of all six z².
    const zScores = NUMERATORS.map((observed, index) => {
      const expected = DENOMINATORS[index] ?? 1;
      return Math.sqrt(expected) * Math.log(observed / expected);
    });
    expect(Number(dispersionRatio(zScores).toFixed(6))).toBe(2.948033);
    // tau_func on the same units (s = 1/√E): 0.0194775305780216 in R.
    expectClose(
      betweenUnitVariance(
        dispersionRatio(zScores),
        DENOMINATORS.map((expected) => 1 / Math.sqrt(expected)),
      ),
      0.0194775305780216,
    );
  });
});

describe('rates: Spiegelhalter’s square-root method (FunnelPlotR data_type "SR", sr_method "CQC")', () => {
  // A rate of 1 per person makes each expected count its denominator: O/E as in FunnelPlotR's SR data.
  const settings = { statistic: 'rate' as const, benchmark: 1, multiplier: 1 };
  const units = NUMERATORS.map((count, index) => ({ count, denominator: DENOMINATORS[index] ?? 1 }));
  const estimate = estimateOverdispersion(settings, units);

  it('z-scores (y − 1) / s with y = √(O/E), s = 1 / (2√E), then winsorised at the 10th and 90th percentiles', () => {
    const z = [-0.784609690826528, 3.328886939315058, 1.142350572667218, -1.60504486961961, 1.908902300206643, 0.335206051617348];
    const winsorised = [-0.784609690826528, 2.618894619760851, 1.142350572667218, -1.194827280223069, 1.908902300206643, 0.335206051617348];
    estimate.zScores.forEach((value, index) => expectClose(value, z[index] ?? NaN));
    estimate.winsorisedZScores.forEach((value, index) => expectClose(value, winsorised[index] ?? NaN));
  });

  it('φ = 2.32717825759412 and τ² = 0.00343978015418627', () => {
    expectClose(estimate.phi, 2.32717825759412);
    expectClose(estimate.tau2, 0.00343978015418627);
    expectClose(estimate.tau, Math.sqrt(0.00343978015418627));
    expect(estimate.adjusted).toBe(true);
    expect(estimate.units).toBe(6);
    expect(estimate.winsorise).toBe(0.1);
  });

  // calculate_limits (sr_method "CQC", draw_adjusted = TRUE) gives 1 ± z√(s² + τ²) and leaves it on the
  // square-root scale (FunnelPlotR issue #33): here the limits are squared back, so their square roots match.
  const rows: [denominator: number, lower95: number, upper95: number, lower998: number, upper998: number][] = [
    [50, 0.819941486095535, 1.18005851390447, 0.716105713400846, 1.28389428659915],
    [100, 0.848945634865309, 1.15105436513469, 0.761835914905117, 1.23816408509488],
    [200, 0.865777805022327, 1.13422219497767, 0.788374826256888, 1.21162517374311],
  ];
  it.each(rows)('limits at an expected count of %d', (denominator, lower95, upper95, lower998, upper998) => {
    const limits = overdispersedLimitsAt(settings, estimate.tau2, denominator);
    // FunnelPlotR rounds z to 1.959964 and 3.090232: agreement to 1e-6.
    expectClose(Math.sqrt(limits.lower95), lower95, 1e-6);
    expectClose(Math.sqrt(limits.upper95), upper95, 1e-6);
    expectClose(Math.sqrt(limits.lower998), lower998, 1e-6);
    expectClose(Math.sqrt(limits.upper998), upper998, 1e-6);
  });

  it('keeps the benchmark’s units: a rate per 100,000 scales its limits, not its estimate', () => {
    // The same expected counts from a rate of 126 per 100,000: population = E ÷ 0.00126.
    const per100k = { statistic: 'rate' as const, benchmark: 126, multiplier: 100_000 };
    const scaledUnits = units.map(({ count, denominator }) => ({ count, denominator: denominator / 0.00126 }));
    const scaled = estimateOverdispersion(per100k, scaledUnits);
    expectClose(scaled.phi, estimate.phi, 1e-9);
    expectClose(scaled.tau2, estimate.tau2, 1e-9);
    const limits = overdispersedLimitsAt(per100k, scaled.tau2, 100 / 0.00126);
    expectClose(limits.upper95, 126 * 1.15105436513469 ** 2, 1e-6);
  });
});

describe('proportions: the arcsine method (FunnelPlotR data_type "PR")', () => {
  // The same six pairs, each smaller number over the larger, so every one is a share.
  const units = NUMERATORS.map((a, index) => {
    const b = DENOMINATORS[index] ?? 1;
    return { count: Math.min(a, b), denominator: Math.max(a, b) };
  });
  // FunnelPlotR centres proportions on the pooled share, sum(numerator) / sum(denominator).
  const pooled = units.reduce((sum, unit) => sum + unit.count, 0) / units.reduce((sum, unit) => sum + unit.denominator, 0);
  const settings = { statistic: 'proportion' as const, benchmark: pooled * 100, multiplier: 100 };
  const estimate = estimateOverdispersion(settings, units);

  it('the pooled share is the target FunnelPlotR printed (0.88496583143508)', () => {
    expectClose(pooled, 0.88496583143508);
  });

  it('φ = 5.18071207030674 and τ² = 0.00908419851269135, from winsorised arcsine z-scores', () => {
    const winsorised = [1.46299411023513, -3.03792883203496, 1.42719358186289, -1.22042962810726, -1.63228331058261, 3.67753045717765];
    estimate.winsorisedZScores.forEach((value, index) => expectClose(value, winsorised[index] ?? NaN));
    expectClose(estimate.phi, 5.18071207030674);
    expectClose(estimate.tau2, 0.00908419851269135);
  });

  const rows: [denominator: number, lower95: number, upper95: number, lower998: number, upper998: number][] = [
    [50, 0.700921809605855, 0.987189002501953, 0.572372847872714, 1],
    [100, 0.72055383652452, 0.981864002547165, 0.605956128437921, 0.999819653195676],
    [200, 0.730998199827128, 0.978608007724019, 0.623917559414643, 0.998983588127801],
  ];
  it.each(rows)('limits at a denominator of %d, as percentages', (denominator, lower95, upper95, lower998, upper998) => {
    const limits: FunnelLimits = overdispersedLimitsAt(settings, estimate.tau2, denominator);
    expectClose(limits.lower95, lower95 * 100, 1e-6);
    expectClose(limits.upper95, upper95 * 100, 1e-6);
    expectClose(limits.lower998, lower998 * 100, 1e-6);
    expectClose(limits.upper998, upper998 * 100, 1e-6);
  });
});

describe('the parts', () => {
  it('quantiles interpolate between order statistics as R’s type 7 does', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.9)).toBe(10);
    expectClose(quantile([0, 10, 20, 30, 40, 50], 0.1), 5);
  });

  it('winsorising pulls values in to the quantiles and keeps their order of appearance', () => {
    expect(winsorise([50, 0, 10, 20, 30, 40], 0.1)).toEqual([45, 5, 10, 20, 30, 40]);
    expect(winsorise([3, 1, 2], 0)).toEqual([3, 1, 2]);
  });

  it('no allowance when the units vary no more than chance would (nφ ≤ n − 1)', () => {
    expect(betweenUnitVariance(0.5, [0.1, 0.1, 0.1, 0.1])).toBe(0);
    // n φ = n − 1 exactly: still none.
    expect(betweenUnitVariance(0.75, [0.1, 0.2, 0.3, 0.4])).toBe(0);
    const estimate = estimateOverdispersion({ statistic: 'rate', benchmark: 100, multiplier: 100_000 }, [
      { count: 100, denominator: 100_000 },
      { count: 200, denominator: 200_000 },
      { count: 50, denominator: 50_000 },
    ]);
    expect(estimate.phi).toBe(0);
    expect(estimate.tau2).toBe(0);
    expect(estimate.adjusted).toBe(false);
  });

  it('with τ² = 0 the limits are the normal approximation around the benchmark', () => {
    const limits = overdispersedLimitsAt({ statistic: 'rate', benchmark: 100, multiplier: 100_000 }, 0, 100_000);
    // E = 100: (1 ± 1.96 / 20)².
    expectClose(limits.upper95, 100 * (1 + 1.959963984540054 / 20) ** 2, 1e-12);
    expectClose(limits.lower95, 100 * (1 - 1.959963984540054 / 20) ** 2, 1e-12);
  });

  it('limits never go below 0 or above 100%', () => {
    const rate = overdispersedLimitsAt({ statistic: 'rate', benchmark: 100, multiplier: 100_000 }, 4, 1000);
    expect(rate.lower998).toBe(0);
    const share = overdispersedLimitsAt({ statistic: 'proportion', benchmark: 95, multiplier: 100 }, 1, 10);
    expect(share.upper998).toBe(100);
    expect(share.lower998).toBe(0);
  });

  it('says the spread in plotted units by the delta method', () => {
    expectClose(spreadInPlottedUnits({ statistic: 'rate', benchmark: 126, multiplier: 100_000 }, 0.1), 25.2);
    expectClose(spreadInPlottedUnits({ statistic: 'proportion', benchmark: 50, multiplier: 100 }, 0.1), 10);
  });

  it('refuses what it cannot estimate from', () => {
    const rate = { statistic: 'rate' as const, benchmark: 100, multiplier: 100_000 };
    expect(() => estimateOverdispersion(rate, [{ count: 1, denominator: 10 }])).toThrow(/at least 2 areas/);
    expect(() =>
      estimateOverdispersion(rate, [
        { count: -1, denominator: 10 },
        { count: 1, denominator: 10 },
      ]),
    ).toThrow(/0 or more/);
    expect(() =>
      estimateOverdispersion(rate, [
        { count: 1, denominator: 0 },
        { count: 1, denominator: 10 },
      ]),
    ).toThrow(/greater than 0/);
    expect(() =>
      estimateOverdispersion({ ...rate, benchmark: 0 }, [
        { count: 1, denominator: 10 },
        { count: 1, denominator: 10 },
      ]),
    ).toThrow(/benchmark/);
    expect(() =>
      estimateOverdispersion({ ...rate, winsorise: 0.5 }, [
        { count: 1, denominator: 10 },
        { count: 1, denominator: 10 },
      ]),
    ).toThrow(/winsorised/);
    const share = { statistic: 'proportion' as const, benchmark: 50, multiplier: 100 };
    expect(() =>
      estimateOverdispersion(share, [
        { count: 11, denominator: 10 },
        { count: 1, denominator: 10 },
      ]),
    ).toThrow(/cannot be more/);
    expect(() => overdispersedLimitsAt(rate, -1, 10)).toThrow(/τ²/);
    expect(() => dispersionRatio([])).toThrow();
  });
});
