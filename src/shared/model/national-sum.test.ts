import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../domain/chart-row';
import { fixtureAreas, fixtureYearData } from '../../../tests/helpers/fixture-data';
import { MEASURES } from '../../domain/measures';
import { compareNationalWithAreaSum } from './national-sum';
import { measureRow } from './year-data';

function row(areaName: string, value: number | undefined, status: ChartRow['status'], extra: Partial<ChartRow> = {}): ChartRow {
  return {
    areaId: areaName.toLowerCase(),
    areaName,
    year: '2021-22',
    measureId: 'snapshot.total.category1',
    measureLabel: 'Category 1',
    cell: value === undefined ? { kind: 'missing' } : { kind: 'value', value },
    value,
    unit: 'number of people',
    status,
    source: 'test',
    isFocus: false,
    isReference: false,
    ...extra,
  };
}

const national = row('England and Wales', 1000, 'published', { isReference: true, source: 'The Star (Sheffield) 2022-11-20' });

describe('compareNationalWithAreaSum', () => {
  it('adds the areas’ figures, gives the difference, and names missing, illustrative, disputed and imported areas', () => {
    const result = compareNationalWithAreaSum(
      [
        row('Avon', 400, 'published'),
        row('Kent', 300, 'illustrative'),
        row('Essex', 200, 'sources disagree'),
        row('Gwent', undefined, 'missing'),
        row('Dorset', 50, 'imported'),
      ],
      national,
    );
    expect(result).toMatchObject({
      national: 1000,
      sum: 950,
      difference: 50,
      areaCount: 5,
      summed: 4,
      missing: ['Gwent'],
      illustrative: ['Kent'],
      disputed: ['Essex'],
      imported: ['Dorset'],
    });
    expect(result?.text).toBe(
      'England and Wales 2021-22: the published national figure is 1,000; the 4 areas with a figure add up to 950 (calculated here), 50 fewer (5% of the national figure). ' +
        'In the sum: 1 area without a figure (Gwent) left out; 1 of the 5 figures is illustrative, not real; 1 area where sources disagree (Essex) counted at the chosen figure; 1 imported in this browser (Dorset). ' +
        'The illustrative figures were generated here to fit the published national category 1 total, so how closely the sum matches is by construction and checks nothing; neither figure is corrected.',
    );
  });

  it('says the fit only of category 1: for any other measure, illustrative figures were not fitted and the gap checks nothing', () => {
    const level1 = (r: ChartRow): ChartRow => ({ ...r, measureId: 'snapshot.level1.total', measureLabel: 'Level 1' });
    const result = compareNationalWithAreaSum([level1(row('Avon', 400, 'published')), level1(row('Kent', 300, 'illustrative'))], level1(national));
    expect(result?.text).toContain('add up to 700 (calculated here), 300 fewer (30% of the national figure).');
    expect(result?.text).toContain(
      'The illustrative figures were not fitted to this national figure (only category 1 totals were), so the difference mostly reflects the synthetic figures and says nothing about the published ones; neither figure is corrected.',
    );
    expect(result?.text).not.toMatch(/generated here to fit/);
  });

  it('says when the areas add up to more, and does not blame either figure when all are published', () => {
    const result = compareNationalWithAreaSum([row('Avon', 600, 'published'), row('Kent', 410, 'published')], national);
    expect(result?.difference).toBe(-10);
    expect(result?.text).toContain('add up to 1,010 (calculated here), 10 more (1% of the national figure).');
    expect(result?.text).toContain('A difference can come from revisions, or from sources counted on different dates; neither figure is corrected.');
  });

  it('calls a tiny difference "less than 0.1%", never "0%"', () => {
    const result = compareNationalWithAreaSum([row('Avon', 68358, 'published')], { ...national, value: 68357 });
    expect(result?.text).toContain('add up to 68,358 (calculated here), 1 more (less than 0.1% of the national figure).');
  });

  it('compares only with a national figure that was published', () => {
    expect(compareNationalWithAreaSum([row('Avon', 1, 'published')], { ...national, status: 'illustrative' })).toBeUndefined();
    expect(compareNationalWithAreaSum([row('Avon', 1, 'published')], { ...national, value: undefined, status: 'missing' })).toBeUndefined();
    expect(compareNationalWithAreaSum([row('Avon', 1, 'published')], undefined)).toBeUndefined();
  });

  it('on the fixtures: category 1 in 2021-22 against the published 66,741, with the illustrative areas counted', () => {
    const data = fixtureYearData('2021-22');
    const rows = fixtureAreas.filter((a) => a.kind === 'area').map((a) => measureRow(a, data, '2021-22', MEASURES.category1, 'count', 'west-midlands'));
    const ew = measureRow(
      fixtureAreas.find((a) => a.kind === 'national')!,
      data,
      '2021-22',
      MEASURES.category1,
      'count',
      'west-midlands',
    );
    const result = compareNationalWithAreaSum(rows, ew);
    expect(result?.national).toBe(66741);
    expect(result?.areaCount).toBe(42);
    expect(result?.summed).toBe(42 - (result?.missing.length ?? 0));
    expect(result?.sum).toBe(rows.reduce((s, r) => s + (r.value ?? 0), 0));
    expect(result?.illustrative.length).toBeGreaterThan(0);
    expect(result?.text).toMatch(/of the 42 figures are illustrative/);
  });
});
