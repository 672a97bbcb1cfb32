import { describe, expect, it } from 'vitest';
import type { ChartRow, RowInterval } from '../../domain/chart-row';
import { compareWithNational, rankRangesOf } from './comparison';
import { rankRows } from './rank';

const options = { quantity: 'rate', unitText: 'per 100,000' } as const;

function row(areaId: string, value: number | undefined, interval?: Partial<RowInterval>, overrides: Partial<ChartRow> = {}): ChartRow {
  return {
    areaId,
    areaName: areaId.replace(/^./, (c) => c.toUpperCase()),
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
    basis: { count: 100, countLabel: 'people', countStatus: 'published', countSource: 'test', denominator: 'population' },
    interval: interval && value !== undefined ? { lower: 0, upper: 0, level: 0.95, method: 'byar', trust: 'published', ...interval } : undefined,
    ...overrides,
  };
}

const national = row('england-and-wales', 110, undefined, { isReference: true, areaName: 'England and Wales' });

describe('compareWithNational', () => {
  it('calls a benchmark exactly on a limit similar, and one just past it higher or lower', () => {
    expect(compareWithNational(row('a', 105, { lower: 100, upper: 110 }), national, options)?.result).toBe('similar');
    expect(compareWithNational(row('a', 115, { lower: 110, upper: 120 }), national, options)?.result).toBe('similar');
    expect(compareWithNational(row('a', 105, { lower: 100, upper: 109.999 }), national, options)?.result).toBe('lower');
    expect(compareWithNational(row('a', 115, { lower: 110.001, upper: 120 }), national, options)?.result).toBe('higher');
  });

  it('says what the difference means, in plain English, with England and Wales’s figure and unit', () => {
    const higher = compareWithNational(row('a', 145, { lower: 140.4, upper: 149.8 }), national, options);
    expect(higher).toMatchObject({ short: 'higher', trust: 'published', benchmark: 110 });
    expect(higher?.sentence).toBe(
      'Higher than England and Wales (110 per 100,000): if the true rate were the same as England and Wales, a difference this large would happen by chance less than 1 time in 20.',
    );
    expect(compareWithNational(row('a', 105, { lower: 100, upper: 112 }), national, options)?.sentence).toBe(
      'Similar to England and Wales: the difference is within what chance alone could produce.',
    );
  });

  it('is illustrative when the interval or England and Wales’s figure is, and says so', () => {
    const fromIllustrative = compareWithNational(row('a', 145, { lower: 140, upper: 150, trust: 'illustrative' }), national, options);
    expect(fromIllustrative).toMatchObject({ result: 'higher', trust: 'illustrative', short: 'higher (illustrative)' });
    expect(fromIllustrative?.sentence).toMatch(/This comparison is illustrative: it is built from synthetic figures\.$/);
    const againstIllustrative = compareWithNational(row('a', 145, { lower: 140, upper: 150 }), { ...national, status: 'illustrative' }, options);
    expect(againstIllustrative?.trust).toBe('illustrative');
  });

  it('does not compare counts, England and Wales itself, a gap, or without an England and Wales figure', () => {
    expect(compareWithNational(row('a', 5, undefined, { basis: undefined }), national, options)).toBeUndefined();
    expect(compareWithNational(national, national, options)).toBeUndefined();
    expect(compareWithNational(row('a', undefined), national, options)).toMatchObject({ result: 'not compared', short: 'not compared' });
    expect(compareWithNational(row('a', 145, { lower: 140, upper: 150 }), undefined, options)?.sentence).toBe(
      'Not compared with England and Wales: there is no England and Wales figure to compare with.',
    );
  });
});

describe('rankRangesOf', () => {
  it('gives the ranks chance allows, by overlapping intervals, marked with the weakest trust', () => {
    const rows = [
      row('a', 200, { lower: 190, upper: 210 }),
      row('b', 150, { lower: 140, upper: 160 }),
      row('c', 145, { lower: 139, upper: 151 }),
      row('d', 100, { lower: 95, upper: 105, trust: 'illustrative' }),
    ];
    const ranges = rankRangesOf(rankRows(rows));
    expect(ranges.get('a')).toBe('the highest (illustrative)');
    expect(ranges.get('b')).toBe('between 2nd and 3rd highest (illustrative)');
    expect(ranges.get('c')).toBe('between 2nd and 3rd highest (illustrative)');
    expect(ranges.get('d')).toBe('4th highest (illustrative)');
  });

  it('says when some ranked areas have no interval', () => {
    const rows = [row('a', 200, { lower: 190, upper: 210 }), row('b', 150, { lower: 140, upper: 160 }), row('c', 120)];
    expect(rankRangesOf(rankRows(rows)).get('b')).toBe('2nd highest of the 2 areas with an interval');
    expect(rankRangesOf(rankRows([row('a', 200)])).size).toBe(0);
  });
});
