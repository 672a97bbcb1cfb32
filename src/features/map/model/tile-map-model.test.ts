import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../../domain/chart-row';
import { DARK_TEXT } from './binning';
import { contrastRatio } from './colour-contrast';
import { TILE_GRID, TILE_LAYOUT } from './tile-layout';
import { NO_FIGURE_FILL, tileMapModel, type Tile } from './tile-map-model';

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
    const model = tileMapModel({ rows: allRows(), focusAreaId: 'west-midlands', groupAreaIds: [] });
    expect(model.tiles).toHaveLength(42);
    expect(model.tiles.map((t) => t.areaId).sort()).toEqual([...AREA_IDS].sort());
    expect(model.tiles.some((t) => t.areaId === 'england-and-wales')).toBe(false);
    expect(model.reference?.areaName).toBe('England and Wales');
    expect(model.grid).toEqual(TILE_GRID);
    expect(tile(model.tiles, 'kent')).toMatchObject({ column: TILE_LAYOUT.kent?.column, row: TILE_LAYOUT.kent?.row, shortName: 'Kent', name: 'Name of kent' });
  });

  it('lists tiles in reading order, row by row and west to east', () => {
    const { tiles } = tileMapModel({ rows: allRows(), focusAreaId: 'kent', groupAreaIds: [] });
    const order = tiles.map((t) => t.row * 100 + t.column);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(tiles[0]?.areaId).toBe('northumbria');
  });

  it('colours each tile by its bin, with text that contrasts at least 4.5:1', () => {
    const model = tileMapModel({ rows: allRows(), focusAreaId: 'kent', groupAreaIds: [] });
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
    const model = tileMapModel({ rows, focusAreaId: 'kent', groupAreaIds: [] });
    expect(model.binning.bins.at(-1)?.upper).toBeLessThan(10_000);
  });

  it('labels values, marking illustrative with * and disputed, and gaps as "no figure"', () => {
    const rows = allRows({
      kent: { value: 1234.5, status: 'published' },
      essex: { value: 150, status: 'illustrative' },
      surrey: { value: 151, status: 'sources disagree' },
      sussex: { value: undefined, status: 'missing' },
      dorset: { value: undefined, status: 'not applicable' },
    });
    const { tiles } = tileMapModel({ rows, focusAreaId: 'kent', groupAreaIds: [] });
    expect(tile(tiles, 'kent').label).toBe('1,234.5');
    expect(tile(tiles, 'essex')).toMatchObject({ label: '150*', status: 'illustrative', pattern: 'hatched' });
    expect(tile(tiles, 'surrey')).toMatchObject({ label: '151 (disputed)', status: 'sources disagree', pattern: 'none' });
    for (const id of ['sussex', 'dorset']) {
      expect(tile(tiles, id)).toMatchObject({
        label: 'no figure',
        value: undefined,
        binIndex: undefined,
        fill: NO_FIGURE_FILL,
        textColour: DARK_TEXT,
        pattern: 'none',
      });
    }
    expect(tile(tiles, 'dorset').status).toBe('not applicable');
  });

  it('uses the formatter given for labels', () => {
    const { tiles } = tileMapModel({ rows: allRows(), focusAreaId: 'kent', groupAreaIds: [], formatValue: (v) => `${v}%` });
    expect(tile(tiles, AREA_IDS[0] ?? '').label).toBe('80%');
  });

  it('keeps a tile, with no figure, for an area that has no row at all', () => {
    const rows = allRows().filter((r) => r.areaId !== 'gwent');
    const gwent = tile(tileMapModel({ rows, focusAreaId: 'kent', groupAreaIds: [] }).tiles, 'gwent');
    expect(gwent).toMatchObject({ label: 'no figure', status: 'missing', name: 'Gwent', binIndex: undefined });
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

  it('builds a legend: the bins with their counts, then "No figure" and "Illustrative" only when needed', () => {
    const plain = tileMapModel({ rows: allRows(), focusAreaId: 'kent', groupAreaIds: [] });
    expect(plain.legend.map((entry) => entry.key)).toEqual(plain.binning.bins.map((bin) => `bin-${bin.index}`));
    expect(plain.legend.reduce((sum, entry) => sum + entry.count, 0)).toBe(42);
    expect(plain.legend.map((entry) => entry.label)).toEqual(plain.binning.bins.map((bin) => bin.label));
    expect(plain.legend.at(-1)?.label).toMatch(/ and over$/);

    const mixed = tileMapModel({
      rows: allRows({ essex: { status: 'illustrative' }, kent: { status: 'illustrative' }, sussex: { value: undefined, status: 'missing' } }),
      focusAreaId: 'kent',
      groupAreaIds: [],
    });
    expect(mixed.legend.slice(-2)).toEqual([
      { key: 'no-figure', label: 'No figure', fill: NO_FIGURE_FILL, textColour: DARK_TEXT, pattern: 'none', count: 1 },
      {
        key: 'illustrative',
        label: 'Illustrative, not a real statistic (marked *)',
        fill: NO_FIGURE_FILL,
        textColour: DARK_TEXT,
        pattern: 'hatched',
        count: 2,
      },
    ]);
    for (const entry of mixed.legend) expect(contrastRatio(entry.fill, entry.textColour)).toBeGreaterThanOrEqual(4.5);
  });

  it('still draws every tile when no area has a figure', () => {
    const rows = AREA_IDS.map((id) => row(id, undefined));
    const model = tileMapModel({ rows, focusAreaId: 'kent', groupAreaIds: [] });
    expect(model.tiles).toHaveLength(42);
    expect(model.tiles.every((t) => t.label === 'no figure')).toBe(true);
    expect(model.legend).toEqual([{ key: 'no-figure', label: 'No figure', fill: NO_FIGURE_FILL, textColour: DARK_TEXT, pattern: 'none', count: 42 }]);
  });
});
