import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byarLimits, exactPoissonLimits, poissonCountInterval, poissonLimits, proportionInterval, rateInterval, twoSidedZ } from './confidence-intervals';

// Where the expected numbers come from:
// [PHE rate] PHEindicatormethods tests/testthat/testdata_Rate.xlsx (phe_rate's own test data), sheets testdata_Rate and testdata_Rate_g.
// [PHE B&W] PHEindicatormethods tests/testthat/testdata_Byars_Wilson.xlsx (byars_*/wilson_* test data).
// [PHE prop] PHEindicatormethods tests/testthat/testdata_Proportion.xlsx (phe_proportion's test data).
// [closed form] worked by hand from a formula with no quantile function in it (noted beside each).
// [formula] computed once in Node from the package's published formula, with z = qnorm(0.975) = 1.959963984540054
//           or qnorm(0.999) = 3.090232306167813, and checked against the exact chi-square limits (noted beside each).

describe('twoSidedZ', () => {
  it('is qnorm(0.975) for 95% and qnorm(0.999) for 99.8%', () => {
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959964, 6);
    expect(twoSidedZ(0.998)).toBeCloseTo(3.090232, 6);
  });
});

describe('poissonCountInterval (phe_rate: exact below 10, Byar from 10)', () => {
  it('count 0: lower 0; upper −ln(α/2), the chi-square with 2 df in closed form [closed form]', () => {
    expect(poissonCountInterval(0, 0.95)).toEqual({ lower: 0, upper: expect.closeTo(Math.log(40), 10), method: 'exact-poisson' });
    expect(poissonCountInterval(0, 0.95).upper).toBeCloseTo(3.6889, 4);
    expect(poissonCountInterval(0, 0.998).upper).toBeCloseTo(6.9078, 4);
  });

  it('count 1, exact method [PHE rate Area1, per 100 of 100]', () => {
    const interval = poissonCountInterval(1, 0.95);
    expect(interval.method).toBe('exact-poisson');
    expect(interval.lower).toBeCloseTo(0.025317808, 8);
    expect(interval.upper).toBeCloseTo(5.571643391, 8);
    expect(poissonCountInterval(1, 0.998).lower).toBeCloseTo(0.0010005, 7);
    expect(poissonCountInterval(1, 0.998).upper).toBeCloseTo(9.233413476, 8);
  });

  it('count 5, exact method [PHE rate Area2]', () => {
    expect(poissonCountInterval(5, 0.95)).toMatchObject({
      lower: expect.closeTo(1.62348639, 7),
      upper: expect.closeTo(11.66833208, 7),
      method: 'exact-poisson',
    });
    expect(poissonCountInterval(5, 0.998)).toMatchObject({ lower: expect.closeTo(0.739371732, 7), upper: expect.closeTo(16.4547452, 6) });
  });

  it('count 9 is the last count given the exact method', () => {
    expect(poissonCountInterval(9).method).toBe('exact-poisson');
  });

  it('count 10 uses Byar, as phe_rate does (x >= 10): 4.79 to 18.39 [PHE rate Area2 of testdata_Rate_g: 10 per 200]', () => {
    const interval = poissonCountInterval(10, 0.95);
    expect(interval.method).toBe('byar');
    // 2393.724957 and 9195.729303 per 100,000 of 200 people.
    expect(interval.lower).toBeCloseTo((2393.724957 * 200) / 100_000, 6);
    expect(interval.upper).toBeCloseTo((9195.729303 * 200) / 100_000, 6);
    // The exact method would give 4.795 to 18.390: Byar's 4.787 shows which method ran.
    expect(interval.lower).toBeCloseTo(4.7874, 4);
  });

  it('count 10 at 99.8% [PHE B&W row 6]', () => {
    expect(poissonCountInterval(10, 0.998)).toMatchObject({ lower: expect.closeTo(2.916318375, 8), upper: expect.closeTo(24.19372493, 7), method: 'byar' });
  });

  it('count 65 and 1,045 [PHE B&W rows 1, 2, 4, 5]', () => {
    expect(poissonCountInterval(65, 0.95)).toMatchObject({ lower: expect.closeTo(50.16318771, 6), upper: expect.closeTo(82.84913855, 6) });
    expect(poissonCountInterval(1045, 0.95)).toMatchObject({ lower: expect.closeTo(982.5932018, 6), upper: expect.closeTo(1110.331213, 5) });
    expect(poissonCountInterval(65, 0.998)).toMatchObject({ lower: expect.closeTo(42.88026147, 6), upper: expect.closeTo(94.00029084, 6) });
    expect(poissonCountInterval(1045, 0.998)).toMatchObject({ lower: expect.closeTo(947.9407036, 5), upper: expect.closeTo(1148.806161, 5) });
  });

  it('count 100 [formula; the exact method gives 81.364 to 121.627]', () => {
    expect(poissonCountInterval(100, 0.95)).toMatchObject({ lower: expect.closeTo(81.3621, 3), upper: expect.closeTo(121.6279, 3), method: 'byar' });
    expect(poissonCountInterval(100, 0.998)).toMatchObject({ lower: expect.closeTo(71.9037, 3), upper: expect.closeTo(134.9436, 3) });
  });

  it('count 5,000 [formula; the exact method gives 4,862.36 to 5,140.71]', () => {
    expect(poissonCountInterval(5000, 0.95)).toMatchObject({ lower: expect.closeTo(4862.359, 2), upper: expect.closeTo(5140.549, 2), method: 'byar' });
    expect(poissonCountInterval(5000, 0.998)).toMatchObject({ lower: expect.closeTo(4784.332, 2), upper: expect.closeTo(5222.39, 2) });
  });
});

describe('poissonLimits (fractional counts, for funnels)', () => {
  it('follows the same rule as whole counts, and grows smoothly between them', () => {
    expect(poissonLimits(10)).toEqual(poissonCountInterval(10));
    expect(poissonLimits(2.5).method).toBe('exact-poisson');
    expect(poissonLimits(2.5).upper).toBeGreaterThan(poissonLimits(2).upper);
    expect(poissonLimits(2.5).upper).toBeLessThan(poissonLimits(3).upper);
    expect(poissonLimits(250.5).lower).toBeGreaterThan(poissonLimits(250).lower);
  });

  it("offers each method on its own: Byar's at 1 event [PHE B&W rows 3 and 13], exact at 10", () => {
    expect(byarLimits(1, 0.95)).toEqual({ lower: expect.closeTo(0.013072133, 8), upper: expect.closeTo(5.563755582, 8) });
    // byars_lower returns NA here (the formula goes negative); 0 is the floor.
    expect(byarLimits(1, 0.998)).toEqual({ lower: 0, upper: expect.closeTo(9.362180218, 8) });
    expect(exactPoissonLimits(10, 0.95)).toEqual({ lower: expect.closeTo(4.7954, 4), upper: expect.closeTo(18.3904, 4) });
  });

  it('refuses a negative or missing count', () => {
    expect(() => poissonLimits(-0.5)).toThrow(RangeError);
    expect(() => byarLimits(-1, 0.95)).toThrow(RangeError);
    expect(() => exactPoissonLimits(Number.POSITIVE_INFINITY, 0.95)).toThrow(RangeError);
    expect(() => poissonLimits(Number.NaN)).toThrow(RangeError);
  });
});

describe('rateInterval', () => {
  it('matches phe_rate per 100,000 [PHE rate rows Area1 to Area8]', () => {
    const cases: [number, number, number, number, number, number, number][] = [
      // count, population, rate, lower 95, upper 95, lower 99.8, upper 99.8
      [1, 100, 1000, 25.31780798, 5571.643391, 1.000500334, 9233.413476],
      [5, 100, 5000, 1623.48639, 11668.33208, 739.3717319, 16454.7452],
      [20, 100, 20000, 12211.42883, 30889.88037, 8922.802365, 38085.03563],
      [9856, 12345, 79837.99109, 78269.49059, 81430.01654, 77375.90543, 82354.47277],
      [7776456, 7564336677, 102.8042026, 102.7319601, 102.8764833, 102.6903173, 102.9181764],
      [222, 3215, 6905.132193, 6026.574878, 7875.729371, 5560.737695, 8461.046682],
      [999, 3456, 28906.25, 27141.30494, 30755.83324, 26162.1476, 31845.60482],
    ];
    for (const [count, population, rate, lower95, upper95, lower998, upper998] of cases) {
      expect(rateInterval(count, population)).toMatchObject({
        value: expect.closeTo(rate, 4),
        lower: expect.closeTo(lower95, 3),
        upper: expect.closeTo(upper95, 3),
      });
      expect(rateInterval(count, population, 100_000, 0.998)).toMatchObject({ lower: expect.closeTo(lower998, 3), upper: expect.closeTo(upper998, 3) });
    }
  });

  it('reports the method used, and allows a count above the population (phe_rate Area12: 250 of 220)', () => {
    expect(rateInterval(9, 1000).method).toBe('exact-poisson');
    expect(rateInterval(250, 220)).toMatchObject({ lower: expect.closeTo(99984.94739, 3), upper: expect.closeTo(128631.1449, 3), method: 'byar' });
  });

  it('honours the multiplier (per 100) [PHE rate row Area4]', () => {
    expect(rateInterval(65, 100, 100)).toMatchObject({ value: 65, lower: expect.closeTo(50.16318771, 6), upper: expect.closeTo(82.84913855, 6) });
  });

  it('refuses impossible input with a plain RangeError', () => {
    expect(() => rateInterval(-1, 100)).toThrow(new RangeError('The count must be a whole number of 0 or more (got -1).'));
    expect(() => rateInterval(2.5, 100)).toThrow(RangeError);
    expect(() => rateInterval(Number.NaN, 100)).toThrow(RangeError);
    expect(() => rateInterval(5, 0)).toThrow(new RangeError('The denominator (population) must be a number greater than 0 (got 0).'));
    expect(() => rateInterval(5, -10)).toThrow(RangeError);
    expect(() => rateInterval(5, 100, 0)).toThrow(RangeError);
    expect(() => rateInterval(5, 100, 100_000, 0.9 as never)).toThrow(new RangeError('The confidence level must be 0.95 or 0.998 (got 0.9).'));
  });
});

describe('proportionInterval (Wilson score, as phe_proportion)', () => {
  it('0 of 100: lower 0, upper z²/(n + z²) [closed form]', () => {
    const z2 = 1.959963984540054 ** 2;
    expect(proportionInterval(0, 100)).toEqual({ value: 0, lower: 0, upper: expect.closeTo((100 * z2) / (100 + z2), 10), method: 'wilson' });
    expect(proportionInterval(0, 100).upper).toBeCloseTo(3.6993, 4);
  });

  it('n of n: upper exactly 100%, lower n/(n + z²) [closed form]', () => {
    expect(proportionInterval(100, 100)).toMatchObject({ value: 100, lower: expect.closeTo(96.3007, 4), upper: 100 });
    // Unclamped, the formula gives 1 − 3e-16 here: found by the property test below.
    expect(proportionInterval(511, 511).upper).toBe(100);
  });

  it('1, 5, 65 of 100 and 9,856 of 12,345, as percentages [PHE prop rows Area1, Area2, Area4, Area5]', () => {
    const cases: [number, number, number, number, number, number][] = [
      [1, 100, 0.176743206, 5.448619618, 0.08730657, 10.45544528],
      [5, 100, 2.154367915, 11.17504692, 1.386532073, 16.45885228],
      [65, 100, 55.2544433, 73.63575176, 49.54946574, 77.83540614],
      [9856, 12345, 79.12101753, 80.53640074, 78.69924108, 80.93061413],
      [222, 3215, 6.079169036, 7.833956681, 5.647101965, 8.418414185],
    ];
    for (const [numerator, denominator, lower95, upper95, lower998, upper998] of cases) {
      expect(proportionInterval(numerator, denominator, 0.95)).toMatchObject({ lower: expect.closeTo(lower95, 6), upper: expect.closeTo(upper95, 6) });
      expect(proportionInterval(numerator, denominator, 0.998)).toMatchObject({ lower: expect.closeTo(lower998, 6), upper: expect.closeTo(upper998, 6) });
    }
  });

  it('1,045 of 5,000 as a proportion of 1 [PHE B&W rows 8 and 11]', () => {
    expect(proportionInterval(1045, 5000, 0.95, 1)).toMatchObject({
      value: 0.209,
      lower: expect.closeTo(0.197955499, 8),
      upper: expect.closeTo(0.220491304, 8),
    });
    expect(proportionInterval(1045, 5000, 0.998, 1)).toMatchObject({ lower: expect.closeTo(0.191793818, 8), upper: expect.closeTo(0.227315629, 8) });
  });

  it('10 of 100, 100 of 1,000 and 5,000 of 10,000 [formula]', () => {
    expect(proportionInterval(10, 100)).toMatchObject({ lower: expect.closeTo(5.5229, 3), upper: expect.closeTo(17.4366, 3) });
    expect(proportionInterval(100, 1000)).toMatchObject({ lower: expect.closeTo(8.2909, 3), upper: expect.closeTo(12.0152, 3) });
    expect(proportionInterval(5000, 10000, 0.998)).toMatchObject({ lower: expect.closeTo(48.4556, 3), upper: expect.closeTo(51.5444, 3) });
  });

  it('refuses impossible input with a plain RangeError', () => {
    expect(() => proportionInterval(11, 10)).toThrow(new RangeError('The numerator (11) cannot be more than the denominator (10) for a share.'));
    expect(() => proportionInterval(-1, 10)).toThrow(RangeError);
    expect(() => proportionInterval(1.5, 10)).toThrow(RangeError);
    expect(() => proportionInterval(0, 0)).toThrow(new RangeError('The denominator must be a number greater than 0 (got 0).'));
    expect(() => proportionInterval(1, 10.5)).toThrow(RangeError);
  });
});

const confidence = fc.constantFrom(0.95 as const, 0.998 as const);

describe('properties', () => {
  it('a rate interval contains the rate and never goes below 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 1, max: 10_000_000 }), confidence, (count, population, level) => {
        const { value, lower, upper } = rateInterval(count, population, 100_000, level);
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(lower).toBeLessThanOrEqual(value);
        expect(upper).toBeGreaterThan(value);
      }),
      { numRuns: 200 },
    );
  });

  it('at the same rate, a smaller count gives a wider interval relative to the rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 2, max: 50 }),
        fc.integer({ min: 1, max: 1000 }),
        confidence,
        (count, factor, perCount, level) => {
          const small = rateInterval(count, count * perCount, 100_000, level);
          const large = rateInterval(count * factor, count * factor * perCount, 100_000, level);
          expect(large.value).toBeCloseTo(small.value, 6);
          expect((large.upper - large.lower) / large.value).toBeLessThan((small.upper - small.lower) / small.value);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a share interval contains the share and stays within 0 to 100%', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }).chain((denominator) => fc.tuple(fc.integer({ min: 0, max: denominator }), fc.constant(denominator))),
        confidence,
        ([numerator, denominator], level) => {
          const { value, lower, upper } = proportionInterval(numerator, denominator, level);
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeLessThanOrEqual(100);
          expect(lower).toBeLessThanOrEqual(value);
          expect(upper).toBeGreaterThanOrEqual(value);
          expect(upper).toBeGreaterThan(lower);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('at the same share, a smaller denominator gives a wider interval relative to the share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5000 }).chain((denominator) => fc.tuple(fc.integer({ min: 1, max: denominator - 1 }), fc.constant(denominator))),
        fc.integer({ min: 2, max: 50 }),
        confidence,
        ([numerator, denominator], factor, level) => {
          const small = proportionInterval(numerator, denominator, level);
          const large = proportionInterval(numerator * factor, denominator * factor, level);
          expect((large.upper - large.lower) / large.value).toBeLessThan((small.upper - small.lower) / small.value);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('99.8% intervals contain the 95% ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 1_000_000 }), (count, population) => {
        const narrow = rateInterval(count, population);
        const wide = rateInterval(count, population, 100_000, 0.998);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThan(narrow.upper);
      }),
      { numRuns: 200 },
    );
  });
});
