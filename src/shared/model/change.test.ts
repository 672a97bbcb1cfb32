import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../domain/chart-row';
import type { ValueStatus } from '../../domain/value-status';
import { changeBetween, describeChange, signedChange } from './change';
import { chartSpec } from './chart-text';
import { formatNumber } from '../../lib/format';

function row(value: number | undefined, status: ValueStatus = 'published', year = '2021-22'): ChartRow {
  return {
    areaId: 'a',
    areaName: 'A',
    year,
    measureId: 'm',
    measureLabel: 'M',
    cell: value === undefined ? { kind: 'missing' } : { kind: 'value', value },
    value,
    unit: 'people',
    status: value === undefined ? 'missing' : status,
    source: 'test',
    isFocus: true,
    isReference: false,
  };
}

describe('describeChange', () => {
  it.each([
    [145, 141, 'up 3% from 141'],
    [41, 45, 'down 9% from 45'],
    [12, 12, 'no change from 12'],
    [3, 0, 'up 3 from 0'],
    [1001, 1000, 'up 1 from 1,000 (less than 1%)'],
  ])('%s against %s reads "%s"', (current, previous, expected) => {
    expect(describeChange(changeBetween(row(current), row(previous, 'published', '2020-21')))).toBe(expected);
  });

  it('never compares with a missing year as if it were zero', () => {
    expect(describeChange(changeBetween(row(10), row(undefined)))).toBe('no figure for the year before to compare with');
    expect(describeChange(changeBetween(row(undefined), row(10)))).toBe('no figure this year');
    expect(describeChange(changeBetween(row(10), undefined))).toBe('the year before is not available');
  });

  it('is illustrative when either year is: a published figure against a synthetic one is no finding', () => {
    const change = changeBetween(row(253), row(285, 'illustrative', '2020-21'));
    expect(change).toMatchObject({ kind: 'change', trust: 'illustrative' });
    expect(describeChange(change)).toBe('down 11% from 285 (illustrative: built from synthetic figures)');
    expect(signedChange(change)).toBe('−32 (illustrative)');
  });

  it('says when a rate crosses the 2021 census series break', () => {
    const change = changeBetween(row(145), row(144, 'published', '2020-21'), true);
    expect(describeChange(change)).toBe('up 1% from 144 (across the 2021 census series break, so not like for like)');
    expect(signedChange(change)).toBe('+1 (series break)');
  });

  it('takes the weaker status of the two years', () => {
    expect(changeBetween(row(5, 'imported'), row(4, 'published', '2020-21'))).toMatchObject({ trust: 'imported' });
    expect(changeBetween(row(5, 'sources disagree'), row(4, 'imported', '2020-21'))).toMatchObject({ trust: 'disputed' });
    expect(changeBetween(row(5, 'calculated here'), row(4, 'published', '2020-21'))).toMatchObject({ trust: 'published' });
  });
});

describe('one decimal policy per chart', () => {
  const shares = (values: number[], differences: number[]) =>
    chartSpec({
      id: 'shares',
      unit: '%',
      fileNameParts: ['shares'],
      title: 'Shares',
      subtitle: '',
      summary: '',
      notes: [],
      rows: values.map((value, index) => ({
        ...row(value),
        unit: '%',
        change: { short: '', sentence: '', difference: differences[index], trust: 'published', seriesBreak: false, previousYear: '2020-21' },
      })),
    }).rows;

  it('writes every change of a unit at the places of its most precise figure: "+1.0" beside "+0.7"', () => {
    const rows = shares([0.9, 1], [0.7, 1]);
    expect(rows.map((r) => r.decimals)).toEqual([1, 1]);
    expect(rows.map((r) => r.change?.short)).toEqual(['+0.7', '+1.0']);
    expect(formatNumber(1, rows[0]?.decimals)).toBe('1.0');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
  });

  it('keeps whole numbers whole where every figure is whole', () => {
    const rows = shares([2, 3], [1, -1]);
    expect(rows.map((r) => r.decimals)).toEqual([0, 0]);
    expect(rows.map((r) => r.change?.short)).toEqual(['+1', '−1']);
  });
});
