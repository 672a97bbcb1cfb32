import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../../domain/chart-row';
import { DARK_TEXT } from './binning';
import { contrastRatio } from './colour-contrast';
import { TILE_GRID, TILE_LAYOUT } from './tile-layout';
import { NO_FIGURE_FILL, OUTSIDE_FILL, OUTSIDE_TEXT, tileMapModel, type Tile } from './tile-map-model';

const AREA_IDS = Object.keys(TILE_LAYOUT);

function row(
  areaId: string,
  value: number | undefined,
  status: ChartRow['status'] = value === undefined ? 'missing' : 'published',
  extra: Partial<ChartRow> = {},
): ChartRow {
  return {
    areaId,
    areaName: `Name of ${areaId}`,
    year: '2021-22',
    measureId: 'rsoPer100k',
    measureLabel: 'Registered sexual offenders per 100,000',
    cell: value === undefined ? { kind: 'missing' } : { kind: 'value', value },
    value,
    unit: 'per 100,000',
    status,
    source: 'test',
    isFocus: false,
    isReference: false,
    ...extra,
  };
}

/** Every area with a value from 80 up in steps of 3 (80 … 203), plus England and Wales. */
function allRows(overrides: Record<string, Partial<ChartRow>> = {}): ChartRow[] {
  const rows = AREA_IDS.map((id, index) => row(id, 80 + index * 3));
  rows.push(row('england-and-wales', 140, 'published', { areaName: 'England and Wales', isReference: true }));
  return rows.map((r) => {
    const merged = { ...r, ...overrides[r.areaId] };
    return { ...merged, cell: merged.value === undefined ? { kind: 'missing' } : { kind: 'value', value: merged.value } };
  });
}

function tile(tiles: readonly Tile[], areaId: string): Tile {
  const found = tiles.find((t) => t.areaId === areaId);
  if (!found) throw new Error(`no tile for ${areaId}`);
  return found;
}

describe('tileMapModel', () => {
  it('gives each of the 42 areas one tile at its layout cell, and England and Wales none', () => {
    const model = tileMapModel({ rows: allRows(), focusAreaId: 'west-midlands', groupAreaIds: AREA_IDS });
    expect(model.tiles).toHaveLength(42);
    expect(model.tiles.map((t) => t.areaId).sort()).toEqual([...AREA_IDS].sort());
    expect(model.tiles.some((t) => t.areaId === 'england-and-wales')).toBe(false);
    expect(model.reference?.areaName).toBe('England and Wales');
    expect(model.grid).toEqual(TILE_GRID);
    expect(tile(model.tiles, 'kent')).toMatchObject({ column: TILE_LAYOUT.kent?.column, row: TILE_LAYOUT.kent?.row, shortName: 'Kent', name: 'Name of kent' });
  });

  it('lists tiles in reading order, row by row and west to east', () => {
    const { tiles } = tileMapModel({ rows: allRows(), focusAreaId: 'kent', groupAreaIds: AREA_IDS });
    const order = tiles.map((t) => t.row * 100 + t.column);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(tiles[0]?.areaId).toBe('northumbria');
  });

  it('colours each tile by its bin, with text that contrasts at least 4.5:1', () => {
    const model = tileMapModel({ rows: allRows(), focusAreaId: 'kent', groupAreaIds: AREA_IDS });
    for (const t of model.tiles) {
      expect(t.binIndex).toBeDefined();
      const bin = model.binning.bins[t.binIndex ?? -1];
      expect(bin).toBeDefined();
      expect(t.value).toBeGreaterThanOrEqual(bin?.lower ?? Infinity);
      expect(t.fill).toBe(bin?.fill);
      expect(contrastRatio(t.fill, t.textColour)).toBeGreaterThanOrEqual(4.5);
    }
    // Higher values are never lighter than lower ones.
    const sorted = [...model.tiles].sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]?.binIndex ?? 0).toBeGreaterThanOrEqual(sorted[i - 1]?.binIndex ?? 0);
  });

  it('bins from the areas’ values only, not England and Wales', () => {
    const rows = allRows({ 'england-and-wales': { value: 10_000 } });
    const model = tileMapModel({ rows, focusAreaId: 'kent', groupAreaIds: AREA_IDS });
    expect(model.binning.bins.at(-1)?.upper).toBeLessThan(10_000);
  });

  it('labels values as bars do: * for illustrative, “(disputed)”, “(imported)”, and gaps as "no figure"', () => {
    const rows = allRows({
      kent: { value: 1234.5, status: 'published' },
      essex: { value: 150, status: 'illustrative' },
      surrey: { value: 151, status: 'sources disagree' },
      london: { value: 152, status: 'imported' },
      sussex: { value: undefined, status: 'missing' },
      dorset: { value: undefined, status: 'not applicable' },
    });
    const { tiles } = tileMapModel({ rows, focusAreaId: 'kent', groupAreaIds: AREA_IDS });
    expect(tile(tiles, 'kent')).toMatchObject({ label: '1,234.5', valueText: '1,234.5', marks: [], hatched: false });
    expect(tile(tiles, 'essex')).toMatchObject({ label: '150*', valueText: '150', status: 'illustrative', marks: ['illustrative'], hatched: true });
    expect(tile(tiles, 'surrey')).toMatchObject({ label: '151 (disputed)', status: 'sources disagree', marks: ['disputed'], hatched: false });
    expect(tile(tiles, 'london')).toMatchObject({ label: '152 (imported)', status: 'imported', marks: ['imported'], hatched: false });
    for (const id of ['sussex', 'dorset']) {
      expect(tile(tiles, id)).toMatchObject({
        label: 'no figure',
        value: undefined,
        valueText: undefined,
        binIndex: undefined,
        fill: NO_FIGURE_FILL,
        textColour: DARK_TEXT,
        marks: [],
        hatched: false,
      });
    }
    expect(tile(tiles, 'dorset').status).toBe('not applicable');
  });

  it('marks a figure with a dispute as disputed, whatever its status', () => {
    const dispute = { chosen: { value: 151, sources: [] }, others: [], reason: 'test' } as unknown as ChartRow['dispute'];
    const { tiles } = tileMapModel({ rows: allRows({ surrey: { value: 151, status: 'imported', dispute } }), focusAreaId: 'kent', groupAreaIds: AREA_IDS });
    expect(tile(tiles, 'surrey')).toMatchObject({ label: '151 (imported) (disputed)', marks: ['imported', 'disputed'] });
  });

  it('uses the formatter given for labels', () => {
    const { tiles } = tileMapModel({ rows: allRows(), focusAreaId: 'kent', groupAreaIds: AREA_IDS, formatValue: (v) => `${v}%` });
    expect(tile(tiles, AREA_IDS[0] ?? '').label).toBe('80%');
  });

  it('keeps a tile, with no figure, for an area that has no row at all', () => {
    const rows = allRows().filter((r) => r.areaId !== 'gwent');
    const gwent = tile(tileMapModel({ rows, focusAreaId: 'kent', groupAreaIds: AREA_IDS }).tiles, 'gwent');
    // No row is a gap in what is held here, not a claim that a report left the figure out.
    expect(gwent).toMatchObject({ label: 'no figure', status: 'no figure held', name: 'Gwent', binIndex: undefined });
  });

  it('flags the focus area and the comparator group', () => {
    const { tiles } = tileMapModel({ rows: allRows(), focusAreaId: 'west-midlands', groupAreaIds: ['west-midlands', 'staffordshire', 'warwickshire'] });
    expect(tiles.filter((t) => t.isFocus).map((t) => t.areaId)).toEqual(['west-midlands']);
    expect(
      tiles
        .filter((t) => t.inGroup)
        .map((t) => t.areaId)
        .sort(),
    ).toEqual(['staffordshire', 'warwickshire', 'west-midlands']);
  });

  it('greys the areas outside the group, with no value, and shades the group by its own values', () => {
    const group = ['west-midlands', 'staffordshire', 'warwickshire'];
    const rows = allRows().filter((r) => group.includes(r.areaId) || r.isReference);
    const model = tileMapModel({ rows, focusAreaId: 'west-midlands', groupAreaIds: group, areaName: (id) => `Named ${id}` });
    expect(model.tiles).toHaveLength(42);
    const kent = tile(model.tiles, 'kent');
    expect(kent).toMatchObject({
      inGroup: false,
      value: undefined,
      label: '',
      binIndex: undefined,
      fill: OUTSIDE_FILL,
      textColour: OUTSIDE_TEXT,
      name: 'Named kent',
    });
    expect(contrastRatio(OUTSIDE_FILL, OUTSIDE_TEXT)).toBeGreaterThanOrEqual(4.5);
    const values = group.map((id) => tile(model.tiles, id).value ?? Number.NaN);
    expect(model.binning.bins[0]?.lower).toBeLessThanOrEqual(Math.min(...values));
    expect(model.binning.bins.at(-1)?.lower).toBeLessThanOrEqual(Math.max(...values));
    // A row for an area outside the group is not drawn as if it were in it.
    const stray = tileMapModel({ rows: allRows(), focusAreaId: 'west-midlands', groupAreaIds: group });
    expect(tile(stray.tiles, 'kent')).toMatchObject({ inGroup: false, value: undefined, fill: OUTSIDE_FILL });
    expect(stray.legend.find((entry) => entry.kind === 'outside')).toMatchObject({ label: 'Not in this comparison (grey, no value)', count: 39 });
  });

  it('builds a legend: the bins with their counts, then the marks, the grey tiles and the focus outline where needed', () => {
    const plain = tileMapModel({ rows: allRows(), focusAreaId: 'kent', groupAreaIds: AREA_IDS });
    const bins = plain.legend.filter((entry) => entry.kind === 'bin');
    expect(bins.map((entry) => entry.key)).toEqual(plain.binning.bins.map((bin) => `bin-${bin.index}`));
    expect(bins.reduce((sum, entry) => sum + entry.count, 0)).toBe(42);
    expect(bins.map((entry) => entry.label)).toEqual(plain.binning.bins.map((bin) => bin.label));
    expect(bins.at(-1)?.label).toMatch(/ and over$/);
    expect(plain.legend.slice(bins.length)).toEqual([
      { kind: 'focus', key: 'focus', label: 'Name of kent, the focus area (thick outline)', fill: NO_FIGURE_FILL, textColour: DARK_TEXT, count: 1 },
    ]);

    const mixed = tileMapModel({
      rows: allRows({
        essex: { status: 'illustrative' },
        kent: { status: 'illustrative' },
        sussex: { value: undefined, status: 'missing' },
        surrey: { status: 'sources disagree' },
        london: { status: 'imported' },
      }),
      focusAreaId: 'kent',
      groupAreaIds: AREA_IDS.filter((id) => id !== 'dorset'),
    });
    expect(mixed.legend.filter((entry) => entry.kind !== 'bin').map((entry) => [entry.kind, entry.label, entry.count])).toEqual([
      ['no-figure', 'No figure', 1],
      ['illustrative', 'Illustrative, not a real statistic (marked *)', 2],
      ['disputed', 'Published sources disagree (marked “disputed”)', 1],
      ['imported', 'Imported in this browser (marked “imported”)', 1],
      ['outside', 'Not in this comparison (grey, no value)', 1],
      ['focus', 'Name of kent, the focus area (thick outline)', 1],
    ]);
    for (const entry of mixed.legend) expect(contrastRatio(entry.fill, entry.textColour)).toBeGreaterThanOrEqual(4.5);
  });

  it('still draws every tile when no area has a figure', () => {
    const rows = AREA_IDS.map((id) => row(id, undefined));
    const model = tileMapModel({ rows, focusAreaId: 'kent', groupAreaIds: AREA_IDS });
    expect(model.tiles).toHaveLength(42);
    expect(model.tiles.every((t) => t.label === 'no figure')).toBe(true);
    expect(model.legend.map((entry) => [entry.kind, entry.count])).toEqual([
      ['no-figure', 42],
      ['focus', 1],
    ]);
  });
});
