import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../../../../tests/helpers/fixture-data';
import { buildSpineFigure, SPINE_MEASURES } from './spine-figure';

const westMidlands = fixtureArea('west-midlands');

describe('buildSpineFigure', () => {
  const { spec, chart } = buildSpineFigure({ areas: fixtureAreas, data: fixtureYearData('2021-22'), focus: westMidlands });

  it('has one line per rate or share of the profile, each placing the focus area on the spread of the areas', () => {
    expect(chart.kind).toBe('spine');
    expect(chart.areaName).toBe('West Midlands');
    // Category 4 has no figures in 2021-22, so it has no line.
    const expected = SPINE_MEASURES.filter((entry) => entry.id !== 'category4');
    expect(chart.lines.map((line) => line.measureLabel)).toEqual(expected.map((entry) => entry.label));
    expect(chart.lines.map((line) => line.row.measureId.split('.')[0])).toEqual(expected.map((entry) => entry.id));
    for (const line of chart.lines) {
      if (!line.spread || line.row.value === undefined) continue;
      expect(line.spread.lowest).toBeLessThanOrEqual(line.spread.q25);
      expect(line.spread.q25).toBeLessThanOrEqual(line.spread.q75);
      expect(line.spread.q75).toBeLessThanOrEqual(line.spread.highest);
      expect(line.row.value).toBeGreaterThanOrEqual(line.spread.lowest - 0.05);
      expect(line.row.value).toBeLessThanOrEqual(line.spread.highest + 0.05);
    }
  });

  it('West Midlands RSOs per 100,000: 145 from 3,682, higher than England and Wales, with its interval', () => {
    const line = chart.lines.find((candidate) => candidate.row.measureId === 'rsoPer100k');
    expect(line?.period).toBe('31 March 2022');
    expect(line?.row).toMatchObject({ value: 145, basis: { count: 3682 }, interval: { method: 'byar' } });
    expect(line?.row.comparison?.result).toBe('higher');
    expect(line?.national?.isReference).toBe(true);
    expect(spec.summary).toMatch(/^West Midlands compared with England and Wales, 2021-22: higher on \d+ of \d+ measures/);
  });

  it('a spread built from illustrative values is illustrative, and says so', () => {
    expect(chart.lines.some((line) => line.spread?.trust === 'illustrative')).toBe(true);
    expect(spec.notes.join(' ')).toContain('includes illustrative figures, so it is illustrative too');
    expect(spec.notes.join(' ')).toContain('Counts are whole populations, not samples');
  });

  it('has rows for the table and CSV, and a file name naming the area', () => {
    expect(spec.rows.some((row) => row.isReference)).toBe(true);
    expect(spec.fileNameParts).toEqual(['area-profile', '2021-22', 'West Midlands']);
  });
});
