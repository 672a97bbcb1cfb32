import { describe, expect, it } from 'vitest';
import { valueLabel } from '../../../shared/charts/row-text';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../../../../tests/helpers/fixture-data';
import { comparatorGroup } from '../../../domain/comparator-groups';
import { MEASURES } from '../../../domain/measures';
import { buildCompareChart } from './compare-spec';

const westMidlands = fixtureArea('west-midlands');
const data2021 = fixtureYearData('2021-22');

function chart(
  measureId: keyof typeof MEASURES,
  unit: 'count' | 'rate' | 'share' = 'count',
  groupId: 'all' | 'region' | 'metropolitan' = 'all',
  data = data2021,
) {
  return buildCompareChart({
    areas: fixtureAreas,
    data,
    year: data.year,
    measure: MEASURES[measureId],
    unit,
    focus: westMidlands,
    group: comparatorGroup(fixtureAreas, groupId, westMidlands),
  });
}

describe('buildCompareChart', () => {
  it('ranks all 42 areas with England and Wales as a reference and a rank sentence', () => {
    const { ranked, reference, spec } = chart('rsoPer100k');
    expect(ranked).toHaveLength(42);
    expect(reference).toMatchObject({ areaId: 'england-and-wales', value: 126, status: 'published' });
    expect(spec.summary).toMatch(
      /^West Midlands: 145 per 100,000, (joint )?\d+(st|nd|rd|th) highest of 42 areas \(illustrative: the ranking includes synthetic figures\); (joint )?\d+(st|nd|rd|th) highest of \d+ areas with published figures\. England and Wales: 126 per 100,000\. Higher than England and Wales \(126 per 100,000\): if the true rate were the same as England and Wales, a difference this large would happen by chance less than 1 time in 20\. Allowing for chance, West Midlands could be (between \d+(st|nd|rd|th) and \d+(st|nd|rd|th)|\d+(st|nd|rd|th)) highest \(illustrative\)\.$/,
    );
    const values = ranked.map((r) => r.row.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('cites the real report and says the chart includes illustrative data', () => {
    const { spec } = chart('total');
    expect(spec.sourceLine).toContain('West Midlands MAPPA Annual Report 2021-22');
    expect(spec.sourceLine).toContain('includes illustrative data');
    expect(spec.includesIllustrative).toBe(true);
    expect(spec.rows.find((r) => r.areaId === 'west-midlands')).toMatchObject({ value: 5486, status: 'published' });
  });

  it('adds a note for the inconsistent published level 1 total when level 1 is shown', () => {
    const { spec } = chart('level1');
    expect(spec.notes).toContain(
      '≠ West Midlands 2021-22: the Level 1 total is published as 5,432, but its figures add up to 5,433. The chart uses the total as published, uncorrected.',
    );
    // The figure itself carries the warning, so its label, table row, tooltip and CSV row say it too.
    const westMidlands = spec.rows.find((row) => row.areaId === 'west-midlands');
    expect(westMidlands && valueLabel(westMidlands)).toBe('5,432 ≠');
    expect(spec.rows.filter((row) => row.totalFindings).map((row) => row.areaId)).toEqual(['west-midlands']);
    expect(chart('level2').spec.notes.some((n) => n.includes('5,432'))).toBe(false);
  });

  it('lists areas with no figure held as gaps, never as zero and never as "not published"', () => {
    const data2019 = fixtureYearData('2019-20', 'gaps');
    const { ranked, spec } = chart('total', 'count', 'all', data2019);
    const gloucestershire = ranked.find((r) => r.row.areaId === 'gloucestershire');
    expect(gloucestershire).toMatchObject({ rank: undefined, row: { value: undefined, status: 'no figure held' } });
    expect(spec.notes.some((note) => note.startsWith('No figure held here (no bar, not zero):') && note.includes('Gloucestershire'))).toBe(true);
    expect(spec.notes.some((note) => note.startsWith('Not published'))).toBe(false);
  });

  it('has no gap at all in the default data', () => {
    expect(chart('total', 'count', 'all', fixtureYearData('2019-20')).ranked.every((entry) => entry.rank !== undefined)).toBe(true);
  });

  it('marks ranks and changes built on illustrative figures, and ranks among published figures too', () => {
    const { spec } = buildCompareChart({
      areas: fixtureAreas,
      data: data2021,
      previous: fixtureYearData('2020-21'),
      year: '2021-22',
      measure: MEASURES.shpo,
      unit: 'count',
      focus: westMidlands,
      group: comparatorGroup(fixtureAreas, 'all', westMidlands),
    });
    const wm = spec.rows.find((r) => r.areaId === 'west-midlands');
    // 253 SHPOs is published; 2020-21's figure is synthetic, so the change is too.
    expect(wm).toMatchObject({ value: 253, status: 'published', change: { trust: 'illustrative' }, rank: { trust: 'illustrative' } });
    expect(wm?.change?.sentence).toMatch(/\(illustrative: built from synthetic figures\)$/);
    expect(wm?.rank?.amongReal).toMatch(/of \d+ areas with published figures|the only area with published figures/);
    expect(spec.notes.some((note) => note.startsWith('Ranks are illustrative'))).toBe(true);
  });

  it('notes the series break when a rate’s change crosses the 2021 census', () => {
    const { spec } = buildCompareChart({
      areas: fixtureAreas,
      data: data2021,
      previous: fixtureYearData('2020-21'),
      year: '2021-22',
      measure: MEASURES.rsoPer100k,
      unit: 'count',
      focus: westMidlands,
      group: comparatorGroup(fixtureAreas, 'all', westMidlands),
    });
    const wm = spec.rows.find((r) => r.areaId === 'west-midlands');
    // Both published (145 in 2021-22, 144 in 2020-21), but on different population bases.
    expect(wm?.change).toMatchObject({ trust: 'published', seriesBreak: true, short: '+1 (series break)' });
    expect(spec.notes.some((note) => note.includes('not like for like'))).toBe(true);
  });

  it('draws and ranks the chosen figure where sources disagree, with a note naming every figure and the rule', () => {
    const data2022 = fixtureYearData('2022-23');
    const { ranked, spec } = chart('category1', 'count', 'all', data2022);
    const herts = ranked.find((r) => r.row.areaId === 'hertfordshire');
    expect(herts?.row).toMatchObject({ status: 'sources disagree', value: 816 });
    expect(herts?.rank).toBeDefined();
    const note = spec.notes.findIndex((n) => n.startsWith('Hertfordshire 2022-23: published sources disagree: 816 (LBC 2024-01-30) or 987 (The Comet'));
    expect(note).toBeGreaterThanOrEqual(0);
    expect(spec.notes[note]).toMatch(/816 is used because no source has a stronger claim/);
    expect(spec.rows.find((r) => r.areaId === 'hertfordshire')?.noteNumbers).toContain(note + 1);
    expect(spec.rows.find((r) => r.areaId === 'kent')?.noteNumbers).not.toContain(note + 1);
  });

  it('puts the count and the denominator beside every rate, published or calculated here', () => {
    const calculatedRate = chart('category2', 'rate').spec.rows.find((r) => r.areaId === 'west-midlands');
    expect(calculatedRate?.basis).toEqual({
      count: 1797,
      countLabel: 'Category 2: violent offenders',
      countStatus: 'published',
      countSource: 'West Midlands MAPPA Annual Report 2021-22',
      denominator: 'population aged 10 and over, about 2,539,000, inferred here as category 1 (published) ÷ rate per 100,000 (published) × 100,000',
      denominatorValue: expect.closeTo((3682 / 145) * 100_000, 3),
    });
    const publishedRate = chart('rsoPer100k', 'count').spec.rows.find((r) => r.areaId === 'west-midlands');
    expect(publishedRate?.basis).toEqual({
      count: 3682,
      countLabel: 'registered sexual offenders (category 1) on 31 March',
      countStatus: 'published',
      countSource: 'West Midlands MAPPA Annual Report 2021-22',
      denominator: 'population aged 10 and over from the 2021 census; rate as published',
      denominatorValue: expect.closeTo((3682 / 145) * 100_000, 3),
    });
    const share = chart('level23Share', 'count').spec.rows.find((r) => r.areaId === 'west-midlands');
    expect(share?.basis?.denominator).toBe('all MAPPA-eligible offenders on 31 March (5,486, published)');
    expect(chart('category2', 'count').spec.rows.find((r) => r.areaId === 'west-midlands')?.basis).toBeUndefined();
  });

  it('calculates rates per 100,000 from the area’s own population and labels them', () => {
    const { spec } = chart('category2', 'rate');
    const wm = spec.rows.find((r) => r.areaId === 'west-midlands');
    // 1,797 violent offenders; population implied by 3,682 RSOs at 145 per 100,000.
    expect(wm?.value).toBeCloseTo((1797 / ((3682 / 145) * 100_000)) * 100_000, 0);
    expect(wm?.status).toBe('calculated here');
    expect(spec.subtitle).toMatch(/calculated here/);
  });

  it('keeps a share calculated from illustrative figures illustrative', () => {
    const { spec } = chart('category1', 'share');
    expect(spec.rows.find((r) => r.areaId === 'kent')?.status).toBe('illustrative');
    expect(spec.rows.find((r) => r.areaId === 'west-midlands')).toMatchObject({ value: 67.1, status: 'calculated here' });
  });

  it('uses only the comparator group, always with the focus area', () => {
    const { ranked } = chart('total', 'count', 'region');
    expect(ranked.map((r) => r.row.areaId).sort()).toEqual(['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands']);
  });

  it('marks a malformed record as a data error, not a gap', () => {
    const data = { ...data2021, reports: data2021.reports.filter((r) => r.areaId !== 'kent'), errors: [{ areaId: 'kent', year: '2021-22', message: 'bad' }] };
    const { spec } = chart('total', 'count', 'all', data);
    expect(spec.rows.find((r) => r.areaId === 'kent')?.status).toBe('data error');
    expect(spec.notes.some((n) => n.startsWith('Data error') && n.includes('Kent'))).toBe(true);
  });

  it('puts a 95% interval and a comparison with England and Wales beside West Midlands’ published rate of 145', () => {
    const { spec } = chart('rsoPer100k');
    const wm = spec.rows.find((r) => r.areaId === 'west-midlands');
    expect(wm).toMatchObject({ value: 145, interval: { method: 'byar', level: 0.95, trust: 'published' }, comparison: { result: 'higher', benchmark: 126 } });
    expect(wm?.interval?.lower).toBeCloseTo(140.35, 1);
    expect(wm?.interval?.upper).toBeCloseTo(149.76, 1);
    expect(wm?.rank?.range).toMatch(/highest \(illustrative\)$/);
    // England and Wales is the comparator, not compared with itself.
    expect(spec.rows.find((r) => r.isReference)?.comparison).toBeUndefined();
    expect(spec.notes.some((note) => note.startsWith('95% confidence intervals') && note.includes('Byar’s method'))).toBe(true);
  });

  it('makes intervals and comparisons from illustrative figures illustrative, and notes it on their rows', () => {
    const { spec } = chart('rsoPer100k');
    const kent = spec.rows.find((r) => r.areaId === 'kent');
    expect(kent?.interval?.trust).toBe('illustrative');
    expect(kent?.comparison?.trust).toBe('illustrative');
    expect(kent?.comparison?.short).toMatch(/ \(illustrative\)$/);
    const note = spec.notes.findIndex((text) =>
      text.startsWith('Intervals, comparisons with England and Wales and ranges of ranks built from illustrative figures'),
    );
    expect(kent?.noteNumbers).toContain(note + 1);
    expect(spec.rows.find((r) => r.areaId === 'west-midlands')?.noteNumbers).not.toContain(note + 1);
  });

  it('says counts have no interval, and gives them no comparison or range', () => {
    const { spec } = chart('category3');
    expect(spec.notes).toContain('Counts are whole populations, not samples: they have no interval.');
    expect(spec.rows.every((row) => row.interval === undefined && row.comparison === undefined && !row.rank?.range)).toBe(true);
  });

  it('compares calculated rates and shares too', () => {
    const rate = chart('category3', 'rate').spec.rows.find((r) => r.areaId === 'west-midlands');
    expect(rate?.interval?.method).toBe('exact-poisson');
    expect(rate?.comparison?.result).toMatch(/^(higher|similar|lower)$/);
    const share = chart('level23Share').spec.rows.find((r) => r.areaId === 'west-midlands');
    expect(share?.interval?.method).toBe('wilson');
  });
});
