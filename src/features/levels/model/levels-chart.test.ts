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
    const chart = levels('2021-22', { by: 'level', slice: 'all', unit: 'count', layout: 'grouped' });
    expect(chart.series).toEqual(['Level 1', 'Level 2', 'Level 3']);
    const wm = chart.spec.rows.filter((r) => r.areaId === 'west-midlands').map((r) => r.value);
    expect(wm).toEqual([5432, 45, 9]);
  });

  it('gives shares of the slice, and a category 4 series from 2022-23', () => {
    const chart = levels('2021-22', { by: 'level', slice: 'category3', unit: 'share', layout: 'stacked' });
    const wm = chart.spec.rows.filter((r) => r.areaId === 'west-midlands');
    // Category 3: 1, 5 and 2 of a published total of 7.
    expect(wm.map((r) => r.value)).toEqual([14.3, 71.4, 28.6]);
    expect(wm.every((r) => r.status === 'calculated here')).toBe(true);
    const byCategory = levels('2022-23', { by: 'category', slice: 'all', unit: 'count', layout: 'grouped' });
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
      layout: 'grouped',
    });
    const category1 = chart.spec.rows.find((r) => r.areaId === 'hertfordshire' && r.series === 'Category 1');
    expect(category1).toMatchObject({ value: 816, status: 'sources disagree' });
    expect(chart.spec.notes.some((note) => note.startsWith('Hertfordshire 2022-23: published sources disagree: 816 (LBC 2024-01-30) or 987'))).toBe(true);
  });
});
