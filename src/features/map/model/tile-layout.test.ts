import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION_TILE_LAYOUT, TILE_GRID, TILE_LAYOUT, gridSizeOf } from './tile-layout';

interface FixtureArea {
  id: string;
  kind: 'area' | 'national' | 'region';
}

// Not new URL(…, import.meta.url): under jsdom that URL is not a file: URL.
const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'mocks', 'fixtures', 'areas.json'), 'utf8')) as { areas: FixtureArea[] };
const localAreaIds = fixture.areas.filter((area) => area.kind === 'area').map((area) => area.id);

/** Real land borders between MAPPA (police-force) areas; Kent–Essex counts (the Thames crossing). */
const BORDERS: Record<string, string[]> = {
  northumbria: ['cumbria', 'durham'],
  cumbria: ['durham', 'north-yorkshire', 'lancashire'],
  durham: ['north-yorkshire', 'teesside'],
  teesside: ['north-yorkshire'],
  'north-yorkshire': ['lancashire', 'west-yorkshire', 'south-yorkshire', 'humberside'],
  lancashire: ['west-yorkshire', 'greater-manchester', 'merseyside'],
  'west-yorkshire': ['greater-manchester', 'south-yorkshire', 'derbyshire'],
  humberside: ['south-yorkshire', 'lincolnshire', 'nottinghamshire'],
  merseyside: ['greater-manchester', 'cheshire'],
  'greater-manchester': ['cheshire', 'derbyshire'],
  'south-yorkshire': ['nottinghamshire', 'derbyshire'],
  cheshire: ['derbyshire', 'staffordshire', 'west-mercia', 'north-wales'],
  'north-wales': ['west-mercia', 'dyfed-powys'],
  derbyshire: ['nottinghamshire', 'leicestershire', 'staffordshire'],
  nottinghamshire: ['lincolnshire', 'leicestershire'],
  lincolnshire: ['leicestershire', 'northamptonshire', 'cambridgeshire', 'norfolk'],
  staffordshire: ['leicestershire', 'warwickshire', 'west-midlands', 'west-mercia'],
  leicestershire: ['cambridgeshire', 'northamptonshire', 'warwickshire'],
  'west-mercia': ['dyfed-powys', 'gwent', 'west-midlands', 'warwickshire', 'gloucestershire'],
  'west-midlands': ['warwickshire'],
  warwickshire: ['northamptonshire', 'thames-valley', 'gloucestershire'],
  northamptonshire: ['cambridgeshire', 'bedfordshire', 'thames-valley'],
  cambridgeshire: ['norfolk', 'suffolk', 'essex', 'hertfordshire', 'bedfordshire'],
  norfolk: ['suffolk'],
  suffolk: ['essex'],
  bedfordshire: ['hertfordshire', 'thames-valley'],
  hertfordshire: ['essex', 'london', 'thames-valley'],
  essex: ['london', 'kent'],
  london: ['kent', 'surrey', 'thames-valley'],
  kent: ['surrey', 'sussex'],
  surrey: ['sussex', 'hampshire', 'thames-valley'],
  sussex: ['hampshire'],
  hampshire: ['thames-valley', 'wiltshire', 'dorset'],
  'thames-valley': ['gloucestershire', 'wiltshire'],
  gloucestershire: ['wiltshire', 'avon-and-somerset', 'gwent'],
  wiltshire: ['dorset', 'avon-and-somerset'],
  dorset: ['devon-and-cornwall', 'avon-and-somerset'],
  'avon-and-somerset': ['devon-and-cornwall'],
  'dyfed-powys': ['gwent', 'south-wales'],
  gwent: ['south-wales'],
};

function touches(a: string, b: string): boolean {
  const first = TILE_LAYOUT[a];
  const second = TILE_LAYOUT[b];
  if (!first || !second) return false;
  return Math.max(Math.abs(first.column - second.column), Math.abs(first.row - second.row)) === 1;
}

describe('TILE_LAYOUT', () => {
  it('has exactly one tile per local area, and none for England and Wales', () => {
    expect(localAreaIds).toHaveLength(42);
    expect(Object.keys(TILE_LAYOUT).sort()).toEqual([...localAreaIds].sort());
  });

  it('puts no two tiles in the same cell', () => {
    const cells = Object.values(TILE_LAYOUT).map((placement) => `${placement.column},${placement.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('keeps every tile inside the grid', () => {
    for (const placement of Object.values(TILE_LAYOUT)) {
      expect(placement.column).toBeGreaterThanOrEqual(0);
      expect(placement.row).toBeGreaterThanOrEqual(0);
      expect(placement.column).toBeLessThan(TILE_GRID.columns);
      expect(placement.row).toBeLessThan(TILE_GRID.rows);
    }
    expect(TILE_GRID).toEqual({ columns: 7, rows: 10 });
  });

  it('gives every area a short name of at most 10 characters', () => {
    for (const [id, placement] of Object.entries(TILE_LAYOUT)) {
      expect(placement.shortName.length, id).toBeLessThanOrEqual(10);
      expect(placement.shortName.trim(), id).toBe(placement.shortName);
      expect(placement.shortName.length, id).toBeGreaterThan(0);
    }
    const shortNames = Object.values(TILE_LAYOUT).map((placement) => placement.shortName);
    expect(new Set(shortNames).size).toBe(shortNames.length);
  });

  it('gives every area its own three-letter code', () => {
    for (const [id, placement] of Object.entries(TILE_LAYOUT)) expect(placement.code, id).toMatch(/^[A-Z]{3}$/);
    const codes = Object.values(TILE_LAYOUT).map((placement) => placement.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keeps the landmarks where a reader expects them', () => {
    const at = (id: string) => TILE_LAYOUT[id] ?? { column: Number.NaN, row: Number.NaN };
    expect(at('northumbria').row).toBe(0);
    expect(at('cumbria').column).toBeLessThan(at('durham').column);
    expect(at('devon-and-cornwall')).toMatchObject({ column: 0, row: TILE_GRID.rows - 1 });
    const welsh = ['north-wales', 'dyfed-powys', 'gwent', 'south-wales'].map(at);
    const westOfEngland = Math.min(...['cheshire', 'west-mercia', 'gloucestershire'].map((id) => at(id).column));
    for (const tile of welsh) expect(tile.column).toBeLessThanOrEqual(westOfEngland);
    expect(at('kent').column).toBe(TILE_GRID.columns - 1);
    expect(at('kent').row).toBeGreaterThanOrEqual(at('london').row);
    for (const id of ['hertfordshire', 'essex', 'kent', 'surrey', 'thames-valley']) expect(touches('london', id), id).toBe(true);
  });

  it('places tiles next to most of their real neighbours', () => {
    const pairs = Object.entries(BORDERS).flatMap(([a, neighbours]) => neighbours.map((b) => [a, b] as const));
    for (const [a, b] of pairs) {
      expect(TILE_LAYOUT[a], a).toBeDefined();
      expect(TILE_LAYOUT[b], b).toBeDefined();
    }
    const touching = pairs.filter(([a, b]) => touches(a, b));
    expect(touching.length / pairs.length).toBeGreaterThanOrEqual(0.85);
    for (const id of localAreaIds) {
      const mine = pairs.filter(([a, b]) => a === id || b === id);
      expect(mine.length, id).toBeGreaterThan(0);
      expect(mine.filter(([a, b]) => touches(a, b)).length / mine.length, id).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe('gridSizeOf', () => {
  it('is one more than the largest column and row', () => {
    expect(gridSizeOf({ a: { column: 2, row: 0, shortName: 'A', code: 'AAA' }, b: { column: 0, row: 4, shortName: 'B', code: 'BBB' } })).toEqual({
      columns: 3,
      rows: 5,
    });
    expect(gridSizeOf({})).toEqual({ columns: 0, rows: 0 });
  });
});

describe('the probation regions’ tile map', () => {
  it('gives each of the 12 regions one square of its own, short names and three-letter codes that fit', () => {
    const regionIds = fixture.areas.filter((area) => area.kind === 'region').map((area) => area.id);
    expect(Object.keys(REGION_TILE_LAYOUT).sort()).toEqual([...regionIds].sort());
    const squares = Object.values(REGION_TILE_LAYOUT).map((placement) => `${placement.column},${placement.row}`);
    expect(new Set(squares).size).toBe(12);
    for (const placement of Object.values(REGION_TILE_LAYOUT)) {
      expect(placement.shortName.length).toBeLessThanOrEqual(10);
      expect(placement.code).toMatch(/^[A-Z]{3}$/);
    }
    expect(gridSizeOf(REGION_TILE_LAYOUT)).toEqual({ columns: 4, rows: 4 });
  });
});
