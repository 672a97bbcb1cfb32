import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankRanges, rankRangeText, type AreaInterval } from './rank-uncertainty';

const area = (id: string, lower: number, upper: number): AreaInterval => ({ id, lower, upper });

describe('rankRanges', () => {
  it('gives a single rank to areas whose intervals overlap no other', () => {
    expect(rankRanges([area('a', 10, 20), area('b', 30, 40), area('c', 50, 60)])).toEqual([
      { id: 'a', best: 3, worst: 3 },
      { id: 'b', best: 2, worst: 2 },
      { id: 'c', best: 1, worst: 1 },
    ]);
  });

  it('widens the range by every area whose interval overlaps', () => {
    // b overlaps a and c; a and c do not overlap each other.
    expect(rankRanges([area('a', 10, 22), area('b', 20, 42), area('c', 40, 60), area('d', 100, 120)])).toEqual([
      { id: 'a', best: 3, worst: 4 },
      { id: 'b', best: 2, worst: 4 },
      { id: 'c', best: 2, worst: 3 },
      { id: 'd', best: 1, worst: 1 },
    ]);
  });

  it('counts intervals that only touch as overlapping', () => {
    expect(rankRanges([area('a', 10, 20), area('b', 20, 30)])).toEqual([
      { id: 'a', best: 1, worst: 2 },
      { id: 'b', best: 1, worst: 2 },
    ]);
  });

  it('refuses an interval whose lower limit is above its upper limit, or is missing', () => {
    expect(() => rankRanges([area('a', 5, 3)])).toThrow(new RangeError('Area a needs a lower limit at or below its upper limit (got 5 to 3).'));
    expect(() => rankRanges([area('a', Number.NaN, 3)])).toThrow(RangeError);
  });

  it('returns nothing for no areas', () => {
    expect(rankRanges([])).toEqual([]);
  });

  it('always holds the rank by point value, within 1 and the number of areas (property)', () => {
    const intervals = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })).map(([value, below, above]) => ({
        value,
        lower: value - below,
        upper: value + above,
      })),
      { minLength: 1, maxLength: 42 },
    );
    fc.assert(
      fc.property(intervals, (list) => {
        const ranges = rankRanges(list.map((entry, index) => area(String(index), entry.lower, entry.upper)));
        ranges.forEach((range, index) => {
          const value = list[index]?.value ?? Number.NaN;
          // Competition rank by point value (ties share the better rank) and the worst a tie could be.
          const pointRankBest = 1 + list.filter((other) => other.value > value).length;
          const pointRankWorst = list.filter((other) => other.value >= value).length;
          expect(range.best).toBeGreaterThanOrEqual(1);
          expect(range.worst).toBeLessThanOrEqual(list.length);
          expect(range.best).toBeLessThanOrEqual(pointRankBest);
          expect(range.worst).toBeGreaterThanOrEqual(pointRankWorst);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('rankRanges, against its definition pair by pair', () => {
  it('best = 1 + areas certainly higher, worst = areas that could be higher plus itself (property)', () => {
    const limits = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 })).map(([lower, width]) => ({ lower, upper: lower + width })),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(limits, (list) => {
        const areas = list.map((entry, index) => area(String(index), entry.lower, entry.upper));
        expect(rankRanges(areas)).toEqual(
          areas.map(({ id, lower, upper }) => ({
            id,
            best: 1 + areas.filter((other) => other.lower > upper).length,
            worst: areas.filter((other) => other.upper >= lower).length,
          })),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('rankRangeText', () => {
  it('reads as a range, or as one rank', () => {
    expect(rankRangeText({ id: 'a', best: 9, worst: 17 })).toBe('between 9th and 17th highest');
    expect(rankRangeText({ id: 'a', best: 1, worst: 3 })).toBe('between 1st and 3rd highest');
    expect(rankRangeText({ id: 'a', best: 22, worst: 22 })).toBe('22nd highest');
    expect(rankRangeText({ id: 'a', best: 1, worst: 1 })).toBe('the highest');
  });
});
