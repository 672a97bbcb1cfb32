import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData, fixtureYears } from '../../../../tests/helpers/fixture-data';
import { MEASURES } from '../../../domain/measures';
import { buildTrendChart } from './trend-chart';

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
    const point = chart.points.find((p) => p.year === '2019-20');
    expect(point?.gloucestershire).toBeNull();
    expect(chart.spec.notes.some((n) => n.includes('a gap in the line, not zero') && n.includes('Gloucestershire'))).toBe(true);
  });

  it('draws England and Wales for rates and keeps it in the table only for counts', () => {
    const rates = trend('rsoPer100k', 'west-midlands', ['kent']);
    expect(rates.series.map((s) => s.areaId)).toEqual(['west-midlands', 'kent', 'england-and-wales']);
    expect(rates.seriesBreakYear).toBe('2021-22');
    const counts = trend('total', 'west-midlands', []);
    expect(counts.series.map((s) => s.areaId)).toEqual(['west-midlands']);
    expect(counts.spec.rows.some((r) => r.areaId === 'england-and-wales')).toBe(true);
    expect(counts.seriesBreakYear).toBeUndefined();
  });

  it('has one row per area and year, the same values as the points', () => {
    const chart = trend('rsoPer100k', 'west-midlands', []);
    expect(chart.spec.rows).toHaveLength(2 * fixtureYears.length);
    for (const point of chart.points) {
      const row = chart.spec.rows.find((r) => r.areaId === 'west-midlands' && r.year === point.year);
      expect(point['west-midlands']).toBe(row?.value ?? null);
    }
    expect(chart.points.find((p) => p.year === '2021-22')?.['west-midlands']).toBe(145);
  });
});
