import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../../../../tests/helpers/fixture-data';
import { comparatorGroup } from '../../../domain/comparator-groups';
import { buildLevelsChart } from './levels-chart';

const focus = fixtureArea('west-midlands');
const group = comparatorGroup(fixtureAreas, 'region', focus);

type Options = Pick<Parameters<typeof buildLevelsChart>[0], 'by' | 'slice' | 'unit' | 'layout'>;

function levels(year: string, options: Options) {
  return buildLevelsChart({ areas: fixtureAreas, data: fixtureYearData(year), year, focus, group, ...options });
}

describe('buildLevelsChart', () => {
  it('splits by level using the published snapshot figures', () => {
    const chart = levels('2021-22', { by: 'level', slice: 'all', unit: 'count', layout: 'panels' });
    expect(chart.series).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(chart.chart.kind).toBe('panel-bars');
    // West Midlands first, as on every chart, in every panel.
    expect(chart.chart.kind === 'panel-bars' && chart.chart.panels.map((panel) => panel.rows[0]?.areaId)).toEqual([
      'west-midlands',
      'west-midlands',
      'west-midlands',
    ]);
    const wm = chart.spec.rows.filter((r) => r.areaId === 'west-midlands').map((r) => r.value);
    expect(wm).toEqual([5432, 45, 9]);
  });

  it('gives shares of the slice, and a category 4 series from 2022-23', () => {
    const chart = levels('2021-22', { by: 'level', slice: 'category3', unit: 'share', layout: 'stacked' });
    const wm = chart.spec.rows.filter((r) => r.areaId === 'west-midlands');
    // Category 3: 1, 5 and 2 of a published total of 7.
    expect(wm.map((r) => r.value)).toEqual([14.3, 71.4, 28.6]);
    expect(wm.every((r) => r.status === 'calculated here')).toBe(true);
    expect(wm[0]?.basis).toMatchObject({ count: 1, countStatus: 'published' });
    const byCategory = levels('2022-23', { by: 'category', slice: 'all', unit: 'count', layout: 'panels' });
    expect(byCategory.series).toContain('Category 4');
  });

  it('draws a disputed total at the value the rule chooses, with the note naming every value', () => {
    const herts = fixtureArea('hertfordshire');
    const chart = buildLevelsChart({
      areas: fixtureAreas,
      data: fixtureYearData('2022-23'),
      year: '2022-23',
      focus: herts,
      group: comparatorGroup(fixtureAreas, 'region', herts),
      by: 'category',
      slice: 'all',
      unit: 'count',
      layout: 'panels',
    });
    const category1 = chart.spec.rows.find((r) => r.areaId === 'hertfordshire' && r.series === 'Category 1');
    expect(category1).toMatchObject({ value: 816, status: 'sources disagree' });
    expect(chart.spec.notes.some((note) => note.startsWith('Hertfordshire 2022-23: published sources disagree: 816 (LBC 2024-01-30) or 987'))).toBe(true);
  });
});

describe('buildLevelsChart as one bar per area, stacked to 100%', () => {
  it('draws every area of the group once, the focus area first, with its segments in series order', () => {
    const chart = levels('2021-22', { by: 'category', slice: 'all', unit: 'share', layout: 'stacked' });
    expect(chart.chart.kind).toBe('stacked-shares');
    if (chart.chart.kind !== 'stacked-shares') return;
    expect(chart.chart.areas.map((area) => area.areaId)).toEqual(['west-midlands', 'staffordshire', 'warwickshire', 'west-mercia']);
    expect(chart.chart.areas[0]?.segments.map((row) => row.series)).toEqual(['Category 1', 'Category 2', 'Category 3']);
    expect(chart.chart.areas[1]?.segments.every((row) => row.status === 'illustrative')).toBe(true);
  });
});
