import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../../../../tests/helpers/fixture-data';
import { comparatorGroup } from '../../../domain/comparator-groups';
import { buildLevelsChart } from './levels-chart';
import { csvRecord } from '../../../shared/export/csv';
import { valueLabel, statusText } from '../../../shared/charts/row-text';

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

  it('carries the warning of a published total that does not add up on the figure itself: label, status, note and CSV', () => {
    // West Midlands 2021-22 publishes category 3 as 7 (its levels add up to 8) and level 1 as 5,432 (its categories add up to 5,433).
    const byCategory = levels('2021-22', { by: 'category', slice: 'all', unit: 'count', layout: 'panels' });
    const category3 = byCategory.spec.rows.find((r) => r.areaId === 'west-midlands' && r.series === 'Category 3');
    expect(category3).toMatchObject({ value: 7, status: 'published' });
    expect(valueLabel(category3!)).toBe('7 ≠');
    expect(statusText(category3!)).toBe('published; ≠ the Category 3 total is published as 7, but its figures add up to 8');
    const note =
      '≠ West Midlands 2021-22: the Category 3 total is published as 7, but its figures add up to 8. The chart uses the total as published, uncorrected.';
    expect(byCategory.spec.notes).toContain(note);
    expect(csvRecord(category3!, byCategory.spec.notes).notes).toContain(note);
    // Only the total that does not add up carries it: not category 1 of the same area, nor another area's category 3.
    const category1 = byCategory.spec.rows.find((r) => r.areaId === 'west-midlands' && r.series === 'Category 1');
    expect(category1?.totalFindings).toBeUndefined();
    expect(valueLabel(category1!)).not.toContain('≠');
    expect(csvRecord(category1!, byCategory.spec.notes).notes).not.toContain('≠');
    expect(byCategory.spec.rows.filter((r) => r.totalFindings).map((r) => `${r.areaId} ${r.series}`)).toEqual(['west-midlands Category 3']);

    const byLevel = levels('2021-22', { by: 'level', slice: 'all', unit: 'count', layout: 'panels' });
    const level1 = byLevel.spec.rows.find((r) => r.areaId === 'west-midlands' && r.series === 'Level 1');
    expect(valueLabel(level1!)).toBe('5,432 ≠');
    expect(byLevel.spec.notes.some((text) => text.startsWith('≠ West Midlands 2021-22: the Level 1 total is published as 5,432'))).toBe(true);
  });

  it('gives a share of a published total that does not add up the same warning, and a single cell none', () => {
    const stacked = levels('2021-22', { by: 'category', slice: 'all', unit: 'share', layout: 'stacked' });
    const category3 = stacked.spec.rows.find((r) => r.areaId === 'west-midlands' && r.series === 'Category 3');
    expect(category3?.status).toBe('calculated here');
    expect(valueLabel(category3!, '%')).toMatch(/% ≠$/);
    // Level 3 of category 3 is a single published cell, but its share is of the category 3 total (7), which does not add up.
    const sliced = levels('2021-22', { by: 'level', slice: 'category3', unit: 'count', layout: 'panels' });
    expect(sliced.spec.rows.filter((r) => r.areaId === 'west-midlands').every((r) => r.totalFindings === undefined)).toBe(true);
    const slicedShares = levels('2021-22', { by: 'level', slice: 'category3', unit: 'share', layout: 'panels' });
    const level3Share = slicedShares.spec.rows.find((r) => r.areaId === 'west-midlands' && r.series === 'Level 3');
    expect(statusText(level3Share!)).toContain('the Category 3 total is published as 7, but its figures add up to 8');
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
