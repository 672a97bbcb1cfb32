import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileType7, spinePosition, spineSummary } from './spine';

// Expected values computed with NumPy's quantile, whose default method 'linear' is Hyndman and Fan's
// type 7, R's default; 'weibull' (type 6) gave the contrasting 1.25 and 3.75.
describe('quantileType7 (R quantile type 7, linear interpolation)', () => {
  it('matches R: quantile(1:4) gives 1, 1.75, 2.5, 3.25, 4', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantileType7([1, 2, 3, 4], p))).toEqual([1, 1.75, 2.5, 3.25, 4]);
    // Type 6 (as in SPSS and Minitab) would give 1.25 and 3.75 here.
  });

  it('matches R: quantile(c(2, 4, 4, 5, 7, 9, 10, 12), c(0.25, 0.5, 0.75)) gives 4, 6, 9.25, whatever the input order', () => {
    const values = [10, 4, 12, 2, 9, 4, 7, 5];
    expect(quantileType7(values, 0.25)).toBe(4);
    expect(quantileType7(values, 0.5)).toBe(6);
    expect(quantileType7(values, 0.75)).toBeCloseTo(9.25, 10);
  });

  it('works for one value, and refuses no values or a probability outside 0 to 1', () => {
    expect(quantileType7([7], 0.3)).toBe(7);
    expect(() => quantileType7([], 0.5)).toThrow(new RangeError('A spread needs at least one value.'));
    expect(() => quantileType7([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantileType7([1, Number.NaN], 0.5)).toThrow(RangeError);
  });
});

describe('spineSummary', () => {
  it('gives lowest, quartiles, median and highest of 42 areas (R: quantile(1:42) = 1, 11.25, 21.5, 31.75, 42)', () => {
    const values = Array.from({ length: 42 }, (_, index) => 42 - index);
    expect(spineSummary(values)).toEqual({ count: 42, lowest: 1, q25: 11.25, median: 21.5, q75: 31.75, highest: 42 });
  });

  it('does not change the values it is given', () => {
    const values = [3, 1, 2];
    spineSummary(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('spinePosition', () => {
  const summary = spineSummary([100, 120, 140, 160, 300]);

  it('places a value linearly between the lowest (0) and highest (1)', () => {
    expect(spinePosition(100, summary)).toBe(0);
    expect(spinePosition(300, summary)).toBe(1);
    expect(spinePosition(140, summary)).toBe(0.2);
    expect(spinePosition(summary.q25, summary)).toBe(0.1);
    expect(spinePosition(summary.q75, summary)).toBe(0.3);
  });

  it('holds a value outside the spread at the end it passes', () => {
    expect(spinePosition(50, summary)).toBe(0);
    expect(spinePosition(400, summary)).toBe(1);
  });

  it('puts every value in the middle when all areas are the same', () => {
    expect(spinePosition(5, spineSummary([5, 5, 5]))).toBe(0.5);
  });

  it('keeps the order of the values and the quartiles (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 42 }), (values) => {
        const spine = spineSummary(values);
        expect(spine.lowest).toBeLessThanOrEqual(spine.q25);
        expect(spine.q25).toBeLessThanOrEqual(spine.median);
        expect(spine.median).toBeLessThanOrEqual(spine.q75);
        expect(spine.q75).toBeLessThanOrEqual(spine.highest);
        for (const value of values) {
          const position = spinePosition(value, spine);
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
