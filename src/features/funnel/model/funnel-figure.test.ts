import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../../../../tests/helpers/fixture-data';
import { comparatorGroup } from '../../../domain/comparator-groups';
import { MEASURES } from '../../../domain/measures';
import { funnelUnit } from '../definition';
import { buildFunnelFigure, positionText } from './funnel-figure';

const westMidlands = fixtureArea('west-midlands');

function figure(measureId: keyof typeof MEASURES, unit: 'count' | 'rate' | 'share', groupId: 'all' | 'region' = 'all') {
  return buildFunnelFigure({
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
});
