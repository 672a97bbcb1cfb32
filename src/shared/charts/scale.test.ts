import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceCeiling, niceTicks } from './scale';

describe('niceTicks', () => {
  it.each([
    [250, [0, 50, 100, 150, 200, 250]],
    [195, [0, 50, 100, 150, 200]],
    [50, [0, 10, 20, 30, 40, 50]],
    [47, [0, 10, 20, 30, 40, 50]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [12, [0, 2.5, 5, 7.5, 10, 12.5]],
    [0, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('max %s gives %j', (max, expected) => {
    expect(niceTicks(max)).toEqual(expected);
  });

  it('keeps to whole numbers for counts when asked', () => {
    expect(niceTicks(3, 5, true)).toEqual([0, 1, 2, 3]);
  });

  it('always starts at zero, covers the maximum, and steps by 1, 2, 2.5 or 5 × 10ⁿ', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e7, noNaN: true }), (max) => {
        const ticks = niceTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max - 1e-9);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 2.5, 5].some((nice) => Math.abs(mantissa - nice) < 1e-6)).toBe(true);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(11);
      }),
      { numRuns: 300 },
    );
  });
});

describe('niceCeiling', () => {
  it('rounds up to a nice number', () => {
    expect(niceCeiling(130)).toBe(200);
    expect(niceCeiling(0)).toBe(1);
  });
});
