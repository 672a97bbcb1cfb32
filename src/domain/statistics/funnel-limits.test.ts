import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithBenchmark } from './benchmark-comparison';
import { proportionInterval, rateInterval, type ConfidenceLevel } from './confidence-intervals';
import { classifyFunnelPoint, funnelLimitCurve, funnelLimitsAt, logSpacedDenominators, type FunnelLimits, type FunnelPosition } from './funnel-limits';

function expectRelativelyClose(actual: number, expected: number, tolerance: number) {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(tolerance);
}

// Expected lines come from PHEindicatormethods' own test data for calculate_funnel_limits
// (tests/testthat/testdata_funnel_prop_outputs.csv and testdata_funnel_rate_outputs.csv).
describe('funnel limits for proportions (calculate_funnel_limits, statistic = "proportion")', () => {
  // sum(numerator) / sum(denominator) of tests/testthat/testdata_funnel_prop_inputs.csv, as a percentage.
  const settings = { statistic: 'proportion' as const, benchmark: 80.6424478571495, multiplier: 100 };
  const rows: [denominator: number, lower95: number, upper95: number, lower998: number, upper998: number][] = [
    [1, 3.204264, 100, 0, 100],
    [10, 56.154344, 100, 42.03259, 100],
    [20, 63.326743, 97.958152, 53.341156, 100],
    [45, 69.098645, 92.186251, 62.441586, 98.843309],
    [110000, 80.408963, 80.875933, 80.274317, 81.010578],
  ];

  it.each(rows)('at a denominator of %d', (denominator, lower95, upper95, lower998, upper998) => {
    const limits = funnelLimitsAt(settings, denominator);
    expect(limits.lower95).toBeCloseTo(lower95, 5);
    expect(limits.upper95).toBeCloseTo(upper95, 5);
    expect(limits.lower998).toBeCloseTo(lower998, 5);
    expect(limits.upper998).toBeCloseTo(upper998, 5);
  });
});

describe('funnel limits for rates (calculate_funnel_limits, statistic = "rate")', () => {
  // Baseline 116.1720835 per 100,000; the package reports one year of a 3-year population, hence × 3.
  const settings = { statistic: 'rate' as const, benchmark: 116.1720835, multiplier: 100_000 };
  const rows: [events: number, line: keyof Omit<FunnelLimits, 'denominator'>, populationOneYear: number, limit: number][] = [
    [1, 'lower95', 1598.675694, 20.85059119],
    [1, 'upper95', 7.264481402, 4588.535848],
    [5, 'lower95', 3348.002593, 49.78092521],
    [5, 'upper95', 465.8280129, 357.7858395],
    [5, 'lower998', 4721.370883, 35.30048174],
    [5, 'upper998', 212.14848, 785.6132963],
  ];

  it.each(rows)('below 10 events (exact Poisson, as the package): %d events, %s', (_events, line, populationOneYear, limit) => {
    expectRelativelyClose(funnelLimitsAt(settings, populationOneYear * 3)[line], limit, 1e-5);
  });

  it('from 100 events (Byar, where the package uses exact Poisson): 1,360 events, within 0.02%', () => {
    expectRelativelyClose(funnelLimitsAt(settings, 411529.9259 * 3).lower95, 110.158048, 2e-4);
    expectRelativelyClose(funnelLimitsAt(settings, 369759.5622 * 3).upper95, 122.6021934, 2e-4);
    expectRelativelyClose(funnelLimitsAt(settings, 424043.2424 * 3).lower998, 106.9073359, 2e-4);
    expectRelativelyClose(funnelLimitsAt(settings, 358342.3275 * 3).upper998, 126.5084525, 2e-4);
  });

  it('at 10 events, where Byar and exact differ most: within 1%', () => {
    expectRelativelyClose(funnelLimitsAt(settings, 5276.757672 * 3).lower95, 63.17010446, 0.01);
    expectRelativelyClose(funnelLimitsAt(settings, 1375.943768 * 3).upper95, 242.2579623, 0.01);
    expectRelativelyClose(funnelLimitsAt(settings, 849.4639547 * 3).upper998, 392.4043292, 0.01);
  });

  it('puts the lower line at 0 where even no events would not be significantly low', () => {
    // 116 per 100,000 of 2,000 people is 2.3 expected events: 0 observed is within 95% limits (upper 3.7).
    expect(funnelLimitsAt(settings, 2000).lower95).toBe(0);
    expect(funnelLimitsAt(settings, 2000).upper95).toBeGreaterThan(settings.benchmark);
  });
});

describe('funnelLimitsAt', () => {
  it('orders the lines around the benchmark', () => {
    for (const settings of [
      { statistic: 'rate' as const, benchmark: 145, multiplier: 100_000 },
      { statistic: 'proportion' as const, benchmark: 12.5, multiplier: 100 },
    ]) {
      for (const denominator of [50, 1000, 250_000, 3_000_000]) {
        const { lower998, lower95, upper95, upper998 } = funnelLimitsAt(settings, denominator);
        expect(lower998).toBeLessThanOrEqual(lower95);
        expect(lower95).toBeLessThan(settings.benchmark);
        expect(upper95).toBeGreaterThan(settings.benchmark);
        expect(upper998).toBeGreaterThanOrEqual(upper95);
      }
    }
  });

  it('gives finite lines for a share benchmark of 0% or 100%', () => {
    for (const benchmark of [0, 100]) {
      const limits = funnelLimitsAt({ statistic: 'proportion', benchmark, multiplier: 100 }, 1234);
      expect(Object.values(limits).every(Number.isFinite)).toBe(true);
      expect(limits.lower998).toBeLessThanOrEqual(benchmark);
      expect(limits.upper998).toBeGreaterThanOrEqual(benchmark);
    }
  });

  it('refuses impossible settings', () => {
    expect(() => funnelLimitsAt({ statistic: 'rate', benchmark: 145, multiplier: 100_000 }, 0)).toThrow(RangeError);
    expect(() => funnelLimitsAt({ statistic: 'rate', benchmark: -1, multiplier: 100_000 }, 100)).toThrow(RangeError);
    expect(() => funnelLimitsAt({ statistic: 'rate', benchmark: 145, multiplier: 0 }, 100)).toThrow(RangeError);
    expect(() => funnelLimitsAt({ statistic: 'proportion', benchmark: 101, multiplier: 100 }, 100)).toThrow(RangeError);
  });
});

describe('logSpacedDenominators and funnelLimitCurve', () => {
  it('spaces 100 points evenly on a log scale from the smallest to the largest denominator', () => {
    const points = logSpacedDenominators(1000, 1_000_000);
    expect(points).toHaveLength(100);
    expect(points[0]).toBe(1000);
    expect(points[99]).toBe(1_000_000);
    const ratios = points.slice(1).map((point, index) => point / (points[index] ?? Number.NaN));
    for (const ratio of ratios) expect(ratio).toBeCloseTo(1000 ** (1 / 99), 10);
  });

  it('refuses a reversed or empty range', () => {
    expect(() => logSpacedDenominators(100, 10)).toThrow(RangeError);
    expect(() => logSpacedDenominators(0, 10)).toThrow(RangeError);
    expect(() => logSpacedDenominators(10, 100, 1)).toThrow(RangeError);
  });

  it('draws lines that narrow towards the benchmark as the denominator grows', () => {
    const settings = { statistic: 'rate' as const, benchmark: 145, multiplier: 100_000 };
    const curve = funnelLimitCurve(settings, 200_000, 5_000_000, 25);
    expect(curve).toHaveLength(25);
    curve.slice(1).forEach((point, index) => {
      const previous = curve[index];
      if (!previous) throw new Error('missing point');
      expect(point.denominator).toBeGreaterThan(previous.denominator);
      expect(point.upper95).toBeLessThan(previous.upper95);
      expect(point.lower95).toBeGreaterThan(previous.lower95);
      expect(point.upper998).toBeLessThan(previous.upper998);
      expect(point.lower998).toBeGreaterThan(previous.lower998);
    });
  });
});

describe('classifyFunnelPoint', () => {
  const limits: FunnelLimits = { denominator: 1000, lower998: 80, lower95: 90, upper95: 110, upper998: 120 };

  it('names the band a value falls in', () => {
    expect(classifyFunnelPoint(121, limits)).toBe('above 99.8%');
    expect(classifyFunnelPoint(111, limits)).toBe('above 95%');
    expect(classifyFunnelPoint(100, limits)).toBe('within');
    expect(classifyFunnelPoint(89, limits)).toBe('below 95%');
    expect(classifyFunnelPoint(79, limits)).toBe('below 99.8%');
  });

  it('counts a value exactly on a line as inside it, as assign_funnel_significance does (strict < and >)', () => {
    expect(classifyFunnelPoint(110, limits)).toBe('within');
    expect(classifyFunnelPoint(120, limits)).toBe('above 95%');
    expect(classifyFunnelPoint(90, limits)).toBe('within');
    expect(classifyFunnelPoint(80, limits)).toBe('below 95%');
  });
});

function expectedPosition(interval95: { lower: number; upper: number }, interval998: { lower: number; upper: number }, benchmark: number): FunnelPosition {
  const at = (interval: { lower: number; upper: number }, confidence: ConfidenceLevel) => compareWithBenchmark(interval, benchmark, confidence).result;
  if (at(interval998, 0.998) === 'higher') return 'above 99.8%';
  if (at(interval95, 0.95) === 'higher') return 'above 95%';
  if (at(interval998, 0.998) === 'lower') return 'below 99.8%';
  if (at(interval95, 0.95) === 'lower') return 'below 95%';
  return 'within';
}

// The benchmark: a hair either side of one of the area's own four limits, to test the edges; or anywhere.
const benchmarkPick = fc.oneof(
  fc.record({ limit: fc.integer({ min: 0, max: 3 }), nudge: fc.constantFrom(1 - 1e-9, 1 + 1e-9) }),
  fc.double({ min: 0.5, max: 2000, noNaN: true }),
);

describe('funnel and interval agree (property)', () => {
  it('at 10 events, where the lower line stops at exactly 10 across the step from exact to Byar (found by this property)', () => {
    const population = 3_779_269;
    const benchmark = rateInterval(10, population, 100_000, 0.998).upper * (1 - 1e-9);
    const limits = funnelLimitsAt({ statistic: 'rate', benchmark, multiplier: 100_000 }, population);
    expect(limits.lower998).toBe(rateInterval(10, population).value);
    expect(classifyFunnelPoint(rateInterval(10, population).value, limits)).toBe('below 95%');
  });

  it('a rate falls outside a line exactly when its own interval excludes the benchmark', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20_000 })),
        fc.integer({ min: 500, max: 5_000_000 }),
        benchmarkPick,
        (count, population, pick) => {
          const interval95 = rateInterval(count, population);
          const interval998 = rateInterval(count, population, 100_000, 0.998);
          const edges = [interval95.lower, interval95.upper, interval998.lower, interval998.upper];
          const benchmark = typeof pick === 'number' ? pick : (edges[pick.limit] ?? 0) * pick.nudge;
          const limits = funnelLimitsAt({ statistic: 'rate', benchmark, multiplier: 100_000 }, population);
          expect(classifyFunnelPoint(interval95.value, limits)).toBe(expectedPosition(interval95, interval998, benchmark));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a share falls outside a line exactly when its own Wilson interval excludes the benchmark', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).chain((denominator) => fc.tuple(fc.integer({ min: 0, max: denominator }), fc.constant(denominator))),
        fc.double({ min: 0.01, max: 99.99, noNaN: true }),
        ([numerator, denominator], benchmark) => {
          const interval95 = proportionInterval(numerator, denominator, 0.95);
          const interval998 = proportionInterval(numerator, denominator, 0.998);
          const limits = funnelLimitsAt({ statistic: 'proportion', benchmark, multiplier: 100 }, denominator);
          expect(Object.values(limits).every(Number.isFinite)).toBe(true);
          expect(classifyFunnelPoint(interval95.value, limits)).toBe(expectedPosition(interval95, interval998, benchmark));
        },
      ),
      { numRuns: 200 },
    );
  });
});
