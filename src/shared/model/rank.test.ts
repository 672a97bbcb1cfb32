import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../domain/chart-row';
import { changeBetween, type Change } from './change';
import { orderRows, rankPhrase, rankRows, rankSentence } from './rank';

function row(areaId: string, value: number | undefined, extra: Partial<ChartRow> = {}): ChartRow {
  return {
    areaId,
    areaName: areaId.charAt(0).toUpperCase() + areaId.slice(1),
    year: '2021-22',
    measureId: 'rsoPer100k',
    measureLabel: 'RSOs per 100,000',
    cell: value === undefined ? { kind: 'missing' } : { kind: 'value', value },
    value,
    unit: 'per 100,000',
    status: value === undefined ? 'missing' : 'published',
    source: 'test',
    isFocus: false,
    isReference: false,
    ...extra,
  };
}

describe('rankRows', () => {
  it('ranks highest first with shared ranks for ties (1, 2, 2, 4)', () => {
    const ranked = rankRows([row('a', 10), row('b', 30), row('c', 20), row('d', 20)]);
    expect(ranked.map((r) => [r.row.areaId, r.rank, r.tied])).toEqual([
      ['b', 1, false],
      ['c', 2, true],
      ['d', 2, true],
      ['a', 4, false],
    ]);
  });

  it('puts areas without a value last, unranked, never as zero', () => {
    const ranked = rankRows([row('zed', undefined), row('a', 0), row('b', 5)]);
    expect(ranked.map((r) => [r.row.areaId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['zed', undefined],
    ]);
  });

  it('gives every row 1 + the number of strictly higher values, among all and among real figures only', () => {
    const rowsArbitrary = fc.array(fc.record({ value: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), illustrative: fc.boolean() }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(rowsArbitrary, (specs) => {
        const rows = specs.map((spec, i) => row(`area${i}`, spec.value, spec.value !== undefined && spec.illustrative ? { status: 'illustrative' } : {}));
        const ranked = rankRows(rows);
        const valued = rows.filter((r) => r.value !== undefined);
        const real = valued.filter((r) => r.status !== 'illustrative');
        for (const entry of ranked) {
          const value = entry.row.value;
          if (value === undefined) {
            expect(entry.rank).toBeUndefined();
            continue;
          }
          expect(entry.rank).toBe(1 + valued.filter((r) => (r.value ?? 0) > value).length);
          expect(entry.tied).toBe(valued.filter((r) => r.value === value).length > 1);
          if (entry.row.status === 'illustrative') expect(entry.amongReal).toBeUndefined();
          else
            expect(entry.amongReal).toMatchObject({
              rank: 1 + real.filter((r) => (r.value ?? 0) > value).length,
              tied: real.filter((r) => r.value === value).length > 1,
              of: real.length,
            });
        }
      }),
    );
  });

  it('never ranks England and Wales among the areas', () => {
    const ranked = rankRows([row('a', 1), row('england', 999, { isReference: true })]);
    expect(ranked.map((r) => r.row.areaId)).toEqual(['a']);
  });
});

describe('rankSentence', () => {
  it('says where the focus area stands', () => {
    const rows = Array.from({ length: 42 }, (_, i) => row(`area${i}`, 200 - i));
    const ranked = rankRows(rows);
    expect(rankSentence(ranked, 'area8', String, 'per 100,000')).toBe('Area8: 192 per 100,000, 9th highest of 42 areas.');
  });

  it('says "joint" for ties and "the highest" for first', () => {
    const ranked = rankRows([row('a', 5), row('b', 5), row('c', 9)]);
    expect(rankSentence(ranked, 'a')).toBe('A: 5, joint 2nd highest of 3 areas.');
    expect(rankSentence(ranked, 'c')).toBe('C: 9, the highest of 3 areas.');
  });

  it('marks a rank built partly on illustrative figures, and gives the rank among published figures', () => {
    const ranked = rankRows([row('a', 30, { status: 'illustrative' }), row('b', 20), row('c', 10), row('d', 5, { status: 'illustrative' })]);
    expect(rankSentence(ranked, 'b')).toBe(
      'B: 20, 2nd highest of 4 areas (illustrative: the ranking includes synthetic figures); the highest of 2 areas with published figures.',
    );
    expect(rankSentence(ranked, 'a')).toBe(
      'A: 30 (illustrative), the highest of 4 areas (illustrative: the ranking includes synthetic figures); no rank among published figures: this figure is illustrative.',
    );
    const c = ranked.find((entry) => entry.row.areaId === 'c');
    expect(c && rankPhrase(c, 4)).toBe(
      '3rd highest of 4 areas (illustrative: the ranking includes synthetic figures); 2nd highest of 2 areas with published figures',
    );
  });

  it('gives a published rank with no caveat when every figure is published', () => {
    const ranked = rankRows([row('a', 3), row('b', 2)]);
    expect(ranked.every((entry) => entry.trust === 'published')).toBe(true);
    const b = ranked.find((entry) => entry.row.areaId === 'b');
    expect(b && rankPhrase(b, 2)).toBe('2nd highest of 2 areas');
  });

  it('explains a focus area with no figure and counts areas without one', () => {
    const ranked = rankRows([row('a', 5), row('b', undefined)]);
    expect(rankSentence(ranked, 'b')).toBe('B: not published for 2021-22, so it has no rank among 1 area with a figure (1 without).');
  });
});

describe('orderRows', () => {
  const ranked = rankRows([row('kent', 20), row('avon', 30), row('zed', undefined), row('essex', 20), row('bucks', 10), row('aaa', undefined), row('new', 15)]);
  const before: Record<string, number> = { kent: 10, avon: 35, essex: 10, bucks: 10, zed: 5 };
  const previous = new Map<string, Change>(
    ranked.map((entry) => {
      const last = before[entry.row.areaId];
      return [entry.row.areaId, changeBetween(entry.row, row(entry.row.areaId, last, { year: '2020-21' }))];
    }),
  );
  const order = (sort: 'value' | 'name' | 'change') => orderRows(ranked, sort, previous).map((r) => r.row.areaId);

  it('by value: highest first, ties by name, areas without a figure last', () => {
    expect(order('value')).toEqual(['avon', 'essex', 'kent', 'new', 'bucks', 'aaa', 'zed']);
  });

  it('by name: A to Z, but areas without a figure still last', () => {
    expect(order('name')).toEqual(['avon', 'bucks', 'essex', 'kent', 'new', 'aaa', 'zed']);
  });

  it('by change: biggest increase first, ties by name; no figure last year next; no figure this year last', () => {
    expect(order('change')).toEqual(['essex', 'kent', 'bucks', 'avon', 'new', 'aaa', 'zed']);
    const changes = Object.fromEntries(orderRows(ranked, 'change', previous).map((r) => [r.row.areaId, r.change]));
    expect(changes).toEqual({ essex: 10, kent: 10, bucks: 0, avon: -5, new: undefined, aaa: undefined, zed: undefined });
  });

  it('keeps each area’s rank by value whatever the order', () => {
    const ranks = (sort: 'value' | 'name' | 'change') => Object.fromEntries(orderRows(ranked, sort, previous).map((r) => [r.row.areaId, r.rank]));
    expect(ranks('name')).toEqual(ranks('value'));
    expect(ranks('change')).toEqual({ avon: 1, essex: 2, kent: 2, new: 4, bucks: 5, aaa: undefined, zed: undefined });
  });
});
