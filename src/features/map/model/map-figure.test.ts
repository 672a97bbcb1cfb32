import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../../../../tests/helpers/fixture-data';
import { comparatorGroup } from '../../../domain/comparator-groups';
import { MEASURES } from '../../../domain/measures';
import { buildMapFigure } from './map-figure';

const westMidlands = fixtureArea('west-midlands');

function figure(
  measureId: keyof typeof MEASURES,
  options: { unit?: 'count' | 'rate' | 'share'; group?: 'all' | 'metropolitan'; year?: string; previousYear?: string; gaps?: boolean } = {},
) {
  const { unit = 'count', group = 'all', year = '2021-22', previousYear, gaps = false } = options;
  return buildMapFigure({
    areas: fixtureAreas,
    data: fixtureYearData(year, gaps ? 'gaps' : undefined),
    year,
    measure: MEASURES[measureId],
    unit,
    focus: westMidlands,
    group: comparatorGroup(fixtureAreas, group, westMidlands),
    previous: previousYear ? fixtureYearData(previousYear, gaps ? 'gaps' : undefined) : undefined,
  });
}

describe('buildMapFigure', () => {
  it('has a row per area in rank order, England and Wales as the reference, and a tile per area', () => {
    const { spec, chart } = figure('rsoPer100k');
    const areaRows = spec.rows.filter((row) => !row.isReference);
    expect(areaRows).toHaveLength(42);
    const values = areaRows.map((row) => row.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(spec.rows.at(-1)).toMatchObject({ areaId: 'england-and-wales', isReference: true, value: 126, status: 'published' });
    expect(areaRows.every((row) => row.rank !== undefined)).toBe(true);
    expect(chart.kind).toBe('tile-map');
    expect(chart.tiles).toHaveLength(42);
    expect(chart.id).toBe(spec.id);
    expect(chart.referenceText).toBe('England and Wales (no square): 126 per 100,000');
  });

  it('names the highest, the lowest and the focus area, its rank marked illustrative with the rank among real figures', () => {
    const { spec } = figure('rsoPer100k');
    expect(spec.summary).toBe(
      'Highest: Teesside 215 per 100,000 (illustrative); lowest: Hertfordshire 79 per 100,000; which is highest and lowest illustrative: the ranking includes synthetic figures; West Midlands 145 per 100,000, joint 13th highest of 42 (illustrative: the ranking includes synthetic figures; joint 4th highest of 14 areas with published figures). England and Wales: 126 per 100,000.',
    );
    expect(spec.title).toBe('Registered sexual offenders per 100,000 population: map of all 42 areas, 2021-22');
    expect(spec.notes.some((note) => note.startsWith('Ranks are illustrative'))).toBe(true);
  });

  it('carries each value’s status onto its tile: the focus published, illustrative tiles marked * and hatched', () => {
    const { spec, chart } = figure('rsoPer100k');
    const focus = chart.tiles.find((tile) => tile.isFocus);
    expect(focus).toMatchObject({ areaId: 'west-midlands', shortName: 'W Mids', label: '145', status: 'published', hatched: false, marks: [] });
    const teesside = chart.tiles.find((tile) => tile.areaId === 'teesside');
    expect(teesside).toMatchObject({ label: '215*', status: 'illustrative', hatched: true, marks: ['illustrative'] });
    for (const tile of chart.tiles) {
      const row = spec.rows.find((r) => r.areaId === tile.areaId);
      expect(tile.status).toBe(row?.status);
      expect(tile.value).toBe(row?.value);
    }
    expect(chart.legend.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['bin', 'illustrative', 'focus']));
    expect(chart.legend.find((entry) => entry.kind === 'focus')?.label).toBe('West Midlands, the focus area (thick outline)');
  });

  it('greys the areas outside the comparator group and leaves them out of the rows', () => {
    const { spec, chart } = figure('total', { group: 'metropolitan' });
    const members = chart.tiles.filter((tile) => tile.inGroup);
    expect(spec.rows.filter((row) => !row.isReference)).toHaveLength(members.length);
    expect(members.length).toBeLessThan(42);
    const outside = chart.tiles.filter((tile) => !tile.inGroup);
    expect(outside.every((tile) => tile.label === '' && tile.binIndex === undefined && tile.value === undefined)).toBe(true);
    expect(spec.subtitle).toContain('Areas outside metropolitan areas are grey.');
    expect(chart.legend.some((entry) => entry.kind === 'outside' && entry.count === outside.length)).toBe(true);
  });

  it('says "no figure" for a gap, never 0, with a note naming the area', () => {
    const { spec, chart } = figure('total', { year: '2019-20', gaps: true });
    const gaps = chart.tiles.filter((tile) => tile.inGroup && tile.value === undefined);
    expect(gaps.map((tile) => tile.areaId)).toEqual(['gloucestershire']);
    for (const tile of gaps) {
      expect(tile.label).toBe('no figure');
      expect(tile.binIndex).toBeUndefined();
      expect(spec.notes.some((note) => note.includes(tile.name))).toBe(true);
    }
    expect(spec.notes.some((note) => note.includes('(a white square marked “no figure”, not zero)'))).toBe(true);
  });

  it('adds the change since the year before to the rows, with the series-break note for rates across 2021-22', () => {
    const { spec } = figure('rsoPer100k', { previousYear: '2020-21' });
    expect(spec.rows.find((row) => row.areaId === 'west-midlands')?.change?.previousYear).toBe('2020-21');
    expect(spec.notes).toContain(
      'Changes since 2020-21 compare rates on different population bases (the 2021 census from 2021-22), so they are not like for like.',
    );
    expect(figure('total', { previousYear: '2020-21' }).spec.notes.some((note) => note.startsWith('Changes since'))).toBe(false);
  });

  it('names its files after the measure, year, focus and group', () => {
    const { spec } = figure('rsoPer100k');
    expect(spec.id).toBe('map-rsos-per-100k');
    expect(spec.fileNameParts).toEqual(['map', 'rsos-per-100k', '2021-22', 'West Midlands', 'vs', '42 areas']);
  });
});
