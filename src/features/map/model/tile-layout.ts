export interface TilePlacement {
  /** 0-based, west to east. */
  column: number;
  /** 0-based, north to south. */
  row: number;
  /** At most 10 characters, so a tile label fits on a narrow screen. */
  shortName: string;
}

/**
 * Where each of the 42 MAPPA areas sits in the tile map: one equal square per area.
 *
 * Laid out by hand from the areas' real relative positions (MAPPA areas follow police-force
 * boundaries), then checked against a list of the areas' real land borders so that each tile
 * touches most of its real neighbours, side by side or corner to corner. Wales runs down the
 * west with the Bristol Channel as a gap above Avon and Somerset; Devon and Cornwall sticks out
 * at the bottom left; London sits in the south-east with Hertfordshire, Essex, Kent, Surrey and
 * Thames Valley around it. Schematic, not to scale: every area gets the same size whatever its
 * land area or population, and some neighbours (e.g. Lancashire and North Yorkshire) cannot touch.
 */
export const TILE_LAYOUT: Readonly<Record<string, TilePlacement>> = {
  northumbria: { column: 4, row: 0, shortName: 'Northumb' },

  cumbria: { column: 3, row: 1, shortName: 'Cumbria' },
  durham: { column: 4, row: 1, shortName: 'Durham' },
  teesside: { column: 5, row: 1, shortName: 'Teesside' },

  lancashire: { column: 3, row: 2, shortName: 'Lancs' },
  'west-yorkshire': { column: 4, row: 2, shortName: 'W Yorks' },
  'north-yorkshire': { column: 5, row: 2, shortName: 'N Yorks' },

  merseyside: { column: 2, row: 3, shortName: 'Merseyside' },
  'greater-manchester': { column: 3, row: 3, shortName: 'Gtr Man' },
  'south-yorkshire': { column: 4, row: 3, shortName: 'S Yorks' },
  humberside: { column: 5, row: 3, shortName: 'Humberside' },

  'north-wales': { column: 1, row: 4, shortName: 'N Wales' },
  cheshire: { column: 2, row: 4, shortName: 'Cheshire' },
  derbyshire: { column: 3, row: 4, shortName: 'Derbys' },
  nottinghamshire: { column: 4, row: 4, shortName: 'Notts' },
  lincolnshire: { column: 5, row: 4, shortName: 'Lincs' },

  'dyfed-powys': { column: 1, row: 5, shortName: 'Dyfed-Pow' },
  'west-mercia': { column: 2, row: 5, shortName: 'W Mercia' },
  staffordshire: { column: 3, row: 5, shortName: 'Staffs' },
  leicestershire: { column: 4, row: 5, shortName: 'Leics' },
  cambridgeshire: { column: 5, row: 5, shortName: 'Cambs' },
  norfolk: { column: 6, row: 5, shortName: 'Norfolk' },

  'south-wales': { column: 1, row: 6, shortName: 'S Wales' },
  gwent: { column: 2, row: 6, shortName: 'Gwent' },
  'west-midlands': { column: 3, row: 6, shortName: 'W Mids' },
  northamptonshire: { column: 4, row: 6, shortName: 'Northants' },
  bedfordshire: { column: 5, row: 6, shortName: 'Beds' },
  suffolk: { column: 6, row: 6, shortName: 'Suffolk' },

  gloucestershire: { column: 2, row: 7, shortName: 'Glos' },
  warwickshire: { column: 3, row: 7, shortName: 'Warks' },
  'thames-valley': { column: 4, row: 7, shortName: 'Thames Val' },
  hertfordshire: { column: 5, row: 7, shortName: 'Herts' },
  essex: { column: 6, row: 7, shortName: 'Essex' },

  'avon-and-somerset': { column: 1, row: 8, shortName: 'Avon & Som' },
  wiltshire: { column: 2, row: 8, shortName: 'Wilts' },
  hampshire: { column: 3, row: 8, shortName: 'Hants' },
  surrey: { column: 4, row: 8, shortName: 'Surrey' },
  london: { column: 5, row: 8, shortName: 'London' },
  kent: { column: 6, row: 8, shortName: 'Kent' },

  'devon-and-cornwall': { column: 0, row: 9, shortName: 'Dev & Corn' },
  dorset: { column: 1, row: 9, shortName: 'Dorset' },
  sussex: { column: 4, row: 9, shortName: 'Sussex' },
};

export interface GridSize {
  columns: number;
  rows: number;
}

export function gridSizeOf(layout: Readonly<Record<string, TilePlacement>>): GridSize {
  const placements = Object.values(layout);
  return {
    columns: Math.max(0, ...placements.map((placement) => placement.column + 1)),
    rows: Math.max(0, ...placements.map((placement) => placement.row + 1)),
  };
}

export const TILE_GRID: GridSize = gridSizeOf(TILE_LAYOUT);
