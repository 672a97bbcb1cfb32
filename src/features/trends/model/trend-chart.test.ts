import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData, fixtureYears } from '../../../../tests/helpers/fixture-data';
import { MEASURES } from '../../../domain/measures';
import { buildTrendChart, trendLayout } from './trend-chart';

const yearData = fixtureYears.map((year) => fixtureYearData(year));

function trend(measureId: keyof typeof MEASURES, focusId: string, chosenIds: string[], data = yearData) {
  return buildTrendChart({
    areas: fixtureAreas,
    yearData: data,
    years: fixtureYears,
    measure: MEASURES[measureId],
    unit: 'count',
    focus: fixtureArea(focusId),
    chosenIds,
  });
}

describe('buildTrendChart', () => {
  it('leaves a gap (null) for a year with no figures held, never a zero', () => {
    const chart = trend(
      'total',
      'gloucestershire',
      [],
      fixtureYears.map((year) => fixtureYearData(year, 'gaps')),
    );
    const row = chart.chart.rows.find((r) => r.areaId === 'gloucestershire' && r.year === '2019-20');
    expect(row).toMatchObject({ value: undefined, status: 'no figure held' });
    expect(chart.spec.notes.some((n) => n.includes('a gap in the line, not zero') && n.includes('Gloucestershire'))).toBe(true);
  });

  it('draws England and Wales for rates and keeps it in the table only for counts', () => {
    const rates = trend('rsoPer100k', 'west-midlands', ['kent']);
    expect(rates.chart.lines.map((line) => line.areaId)).toEqual(['west-midlands', 'kent', 'england-and-wales']);
    expect(rates.chart.seriesBreakYear).toBe('2021-22');
    const counts = trend('total', 'west-midlands', []);
    expect(counts.chart.lines.map((line) => line.areaId)).toEqual(['west-midlands']);
    expect(counts.spec.rows.some((r) => r.areaId === 'england-and-wales')).toBe(true);
    expect(counts.chart.seriesBreakYear).toBeUndefined();
  });

  it('has one row per area and year, and draws the spec’s own rows', () => {
    const chart = trend('rsoPer100k', 'west-midlands', []);
    expect(chart.spec.rows).toHaveLength(2 * fixtureYears.length);
    expect(chart.chart.rows.every((row) => chart.spec.rows.includes(row))).toBe(true);
    expect(chart.chart.rows.find((r) => r.areaId === 'west-midlands' && r.year === '2021-22')?.value).toBe(145);
  });

  it('says a change across the 2021 census break is not like for like, and marks illustrative end points', () => {
    const chart = trend('rsoPer100k', 'west-midlands', []);
    expect(chart.spec.summary).toMatch(
      /^West Midlands: \d+ per 100,000 \(illustrative\) in 2023-24, (up|down) \d+% from \d+ in 2017-18 \(illustrative: built from synthetic figures; across the 2021 census series break, so not like for like\)\.$/,
    );
  });
});

describe('trendLayout: the layout drawn', () => {
  it('keeps the reader’s choice, on any screen and with any number of lines', () => {
    for (const narrowScreen of [true, false]) {
      for (const lines of [1, 2, 3, 8]) {
        expect(trendLayout('lines', lines, narrowScreen)).toBe('lines');
        expect(trendLayout('panels', lines, narrowScreen)).toBe('panels');
      }
    }
  });

  it('left to the app, draws one panel per area on a narrow screen only when more than two lines would share the chart', () => {
    expect(trendLayout('auto', 1, true)).toBe('lines');
    expect(trendLayout('auto', 2, true)).toBe('lines');
    expect(trendLayout('auto', 3, true)).toBe('panels');
    expect(trendLayout('auto', 3, false)).toBe('lines');
    expect(trendLayout('auto', 8, false)).toBe('lines');
  });

  it('builds the panels, and says so in the subtitle, for more than two lines on a narrow screen; one chart for a wide one', () => {
    const input = {
      areas: fixtureAreas,
      yearData,
      years: fixtureYears,
      measure: MEASURES.rsoPer100k,
      unit: 'count' as const,
      focus: fixtureArea('west-midlands'),
      chosenIds: ['kent', 'essex'],
      layout: 'auto' as const,
    };
    const narrow = buildTrendChart({ ...input, narrowScreen: true });
    expect(narrow.chart.lines).toHaveLength(4);
    expect(narrow.chart.layout).toBe('panels');
    expect(narrow.spec.subtitle).toContain('One panel per area, on the same scale.');
    expect(buildTrendChart({ ...input, narrowScreen: false }).chart.layout).toBe('lines');
    // West Midlands and England and Wales: two lines stay on one chart, even on a phone.
    expect(buildTrendChart({ ...input, chosenIds: [], narrowScreen: true }).chart.layout).toBe('lines');
  });
});
