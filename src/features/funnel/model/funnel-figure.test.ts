import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../../../../tests/helpers/fixture-data';
import { comparatorGroup } from '../../../domain/comparator-groups';
import { MEASURES } from '../../../domain/measures';
import { funnelUnit } from '../definition';
import { buildFunnelFigure, positionText } from './funnel-figure';

const westMidlands = fixtureArea('west-midlands');

function figure(
  measureId: keyof typeof MEASURES,
  unit: 'count' | 'rate' | 'share',
  groupId: 'all' | 'region' = 'all',
  limits: 'plain' | 'overdispersed' = 'plain',
) {
  return buildFunnelFigure({
    limits,
    areas: fixtureAreas,
    data: fixtureYearData('2021-22'),
    year: '2021-22',
    measure: MEASURES[measureId],
    unit,
    focus: westMidlands,
    group: comparatorGroup(fixtureAreas, groupId, westMidlands),
  });
}

describe('buildFunnelFigure', () => {
  it('plots each area’s RSO rate against its inferred population, with limits around England and Wales', () => {
    const { spec, chart } = figure('rsoPer100k', 'count');
    expect(chart.kind).toBe('funnel');
    expect(chart.statistic).toBe('rate');
    expect(chart.multiplier).toBe(100_000);
    expect(chart.benchmark?.isReference).toBe(true);
    expect(chart.points.length).toBeGreaterThan(30);
    const focus = chart.points.find((point) => point.row.areaId === 'west-midlands');
    expect(focus?.row.value).toBe(145);
    expect(focus?.denominator).toBeCloseTo((3682 / 145) * 100_000, 3);
    // 145 against England and Wales's 126 with a population of 2.5 million: far outside the limits.
    expect(focus?.position).toBe('above 99.8%');
    expect(focus && positionText(focus)).toMatch(/^above the upper 99.8% limit/);
    // The limits widen as the denominator shrinks and surround England and Wales's figure.
    const first = chart.limits[0];
    const last = chart.limits.at(-1);
    expect(first && last && first.upper998 - first.lower998).toBeGreaterThan((last?.upper998 ?? 0) - (last?.lower998 ?? 0));
    expect(first?.lower95).toBeLessThan(chart.benchmark?.value ?? 0);
    expect(first?.upper95).toBeGreaterThan(chart.benchmark?.value ?? 0);
    expect(spec.summary).toContain('West Midlands: 145 per 100,000');
    expect(spec.notes.join(' ')).toContain('1 area in 20');
    expect(spec.fileNameParts).toContain('funnel');
  });

  it('a point is as trustworthy as the weaker of its interval and England and Wales’s figure', () => {
    const { chart } = figure('rsoPer100k', 'count');
    const kent = chart.points.find((point) => point.row.areaId === 'kent');
    expect(kent?.row.interval?.trust).toBe('illustrative');
    expect(kent?.trust).toBe('illustrative');
    if (kent && kent.position !== 'within') expect(positionText(kent)).toContain('illustrative');
  });

  it('plots only the comparator group, and a share of a count as a proportion', () => {
    const region = comparatorGroup(fixtureAreas, 'region', westMidlands);
    const points = figure('rsoPer100k', 'count', 'region').chart.points;
    expect(points.length).toBeGreaterThan(0);
    expect(points.length).toBeLessThan(42);
    expect(points.every((point) => region.areaIds.includes(point.row.areaId))).toBe(true);
    const share = figure('category1', 'share');
    expect(share.chart.statistic).toBe('proportion');
    expect(share.chart.multiplier).toBe(100);
  });

  it('refuses a count: a funnel plot needs a rate or share (the view turns counts into rates)', () => {
    expect(() => figure('category3', 'count')).toThrow(RangeError);
    expect(funnelUnit('category3', 'count')).toBe('rate');
    expect(funnelUnit('category3', 'share')).toBe('share');
    expect(funnelUnit('rsoPer100k', 'rate')).toBe('count');
  });

  describe('limits allowing for overdispersion', () => {
    it('are wider than the plain limits where the areas vary far more than chance, and say so everywhere', () => {
      const plain = figure('rsoPer100k', 'count');
      const { spec, chart } = figure('rsoPer100k', 'count', 'all', 'overdispersed');
      expect(chart.limitsMethod).toBe('overdispersed');
      expect(chart.overdispersion?.adjusted).toBe(true);
      expect(chart.overdispersion?.phi).toBeGreaterThan(2);
      expect(chart.overdispersion?.tau).toBeGreaterThan(0);
      expect(chart.overdispersion?.units).toBe(chart.points.length);
      // Estimated from illustrative areas among others: the estimate and every place against it are illustrative.
      expect(chart.overdispersion?.trust).toBe('illustrative');
      expect(chart.points.every((point) => point.trust === 'illustrative')).toBe(true);
      const middle = Math.floor(chart.limits.length / 2);
      const widened = chart.limits[middle];
      const narrow = plain.chart.limits[middle];
      expect(widened && narrow && widened.upper95 - widened.lower95).toBeGreaterThan((narrow?.upper95 ?? 0) - (narrow?.lower95 ?? 0));
      const outside = (points: typeof chart.points) => points.filter((point) => point.position !== 'within').length;
      expect(outside(chart.points)).toBeLessThan(outside(plain.chart.points));
      // The method and its estimate in words; the choice in the title, file name and every row.
      expect(spec.title).toContain('limits allowing for overdispersion');
      expect(spec.fileNameParts).toContain('overdispersion-limits');
      expect(spec.id).toBe('funnel-rsoPer100k-count-overdispersed');
      const note = spec.notes.find((text) => text.startsWith('Limits allowing for overdispersion'));
      expect(note).toMatch(/Spiegelhalter’s random-effects method \(2005\)/);
      expect(note).toMatch(/φ = \d/);
      expect(note).toMatch(/τ = 0\.\d/);
      expect(note).toMatch(/roughly ±\d[\d.,]* per 100,000/);
      expect(note).toContain('illustrative');
      expect(spec.summary).toMatch(/outside the 95% limits allowing for overdispersion/);
      const westMidlands = spec.rows.find((row) => row.areaId === 'west-midlands');
      expect(westMidlands?.funnel?.limits).toBe('overdispersed');
      expect(westMidlands?.funnel?.text).toMatch(/limits? allowing for overdispersion/);
      expect(westMidlands?.funnel?.trust).toBe('illustrative');
    });

    it('each plain row says where it sits against the plain limits', () => {
      const { spec } = figure('rsoPer100k', 'count');
      const westMidlands = spec.rows.find((row) => row.areaId === 'west-midlands');
      expect(westMidlands?.funnel).toMatchObject({ position: 'above 99.8%', limits: 'plain' });
      expect(westMidlands?.funnel?.text).not.toContain('overdispersion');
      expect(spec.rows.find((row) => row.isReference)?.funnel).toBeUndefined();
    });

    it('fall back to the plain limits, and say why, when there is too little to estimate from', () => {
      const alone = comparatorGroup(fixtureAreas, 'custom', westMidlands, []);
      const { spec, chart } = buildFunnelFigure({
        areas: fixtureAreas,
        data: fixtureYearData('2021-22'),
        year: '2021-22',
        measure: MEASURES.rsoPer100k,
        unit: 'count',
        focus: westMidlands,
        group: alone,
        limits: 'overdispersed',
      });
      expect(chart.points).toHaveLength(1);
      expect(chart.limitsMethod).toBe('plain');
      expect(chart.overdispersion).toBeUndefined();
      expect(spec.notes.join(' ')).toMatch(/cannot be estimated here: it needs at least 2 areas.*The plain limits are drawn/);
    });
  });
});
