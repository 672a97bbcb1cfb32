export interface TilePlacement {
  /** 0-based, west to east. */
  column: number;
  /** 0-based, north to south. */
  row: number;
  /** At most 10 characters, so a tile label fits a tile of about 50 px. */
  shortName: string;
  /** Three capital letters, for the smallest tiles (a phone held upright); the map's key spells them out. */
  code: string;
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
  northumbria: { column: 4, row: 0, shortName: 'Northumb', code: 'NUM' },

  cumbria: { column: 3, row: 1, shortName: 'Cumbria', code: 'CUM' },
  durham: { column: 4, row: 1, shortName: 'Durham', code: 'DUR' },
  teesside: { column: 5, row: 1, shortName: 'Teesside', code: 'TEE' },

  lancashire: { column: 3, row: 2, shortName: 'Lancs', code: 'LAN' },
  'west-yorkshire': { column: 4, row: 2, shortName: 'W Yorks', code: 'WYK' },
  'north-yorkshire': { column: 5, row: 2, shortName: 'N Yorks', code: 'NYK' },

  merseyside: { column: 2, row: 3, shortName: 'Merseyside', code: 'MER' },
  'greater-manchester': { column: 3, row: 3, shortName: 'Gtr Man', code: 'GMA' },
  'south-yorkshire': { column: 4, row: 3, shortName: 'S Yorks', code: 'SYK' },
  humberside: { column: 5, row: 3, shortName: 'Humberside', code: 'HUM' },

  'north-wales': { column: 1, row: 4, shortName: 'N Wales', code: 'NWA' },
  cheshire: { column: 2, row: 4, shortName: 'Cheshire', code: 'CHE' },
  derbyshire: { column: 3, row: 4, shortName: 'Derbys', code: 'DER' },
  nottinghamshire: { column: 4, row: 4, shortName: 'Notts', code: 'NOT' },
  lincolnshire: { column: 5, row: 4, shortName: 'Lincs', code: 'LIN' },

  'dyfed-powys': { column: 1, row: 5, shortName: 'Dyfed-Pow', code: 'DYP' },
  'west-mercia': { column: 2, row: 5, shortName: 'W Mercia', code: 'WMC' },
  staffordshire: { column: 3, row: 5, shortName: 'Staffs', code: 'STA' },
  leicestershire: { column: 4, row: 5, shortName: 'Leics', code: 'LEI' },
  cambridgeshire: { column: 5, row: 5, shortName: 'Cambs', code: 'CAM' },
  norfolk: { column: 6, row: 5, shortName: 'Norfolk', code: 'NFK' },

  'south-wales': { column: 1, row: 6, shortName: 'S Wales', code: 'SWA' },
  gwent: { column: 2, row: 6, shortName: 'Gwent', code: 'GWE' },
  'west-midlands': { column: 3, row: 6, shortName: 'W Mids', code: 'WMD' },
  northamptonshire: { column: 4, row: 6, shortName: 'Northants', code: 'NTH' },
  bedfordshire: { column: 5, row: 6, shortName: 'Beds', code: 'BED' },
  suffolk: { column: 6, row: 6, shortName: 'Suffolk', code: 'SFK' },

  gloucestershire: { column: 2, row: 7, shortName: 'Glos', code: 'GLO' },
  warwickshire: { column: 3, row: 7, shortName: 'Warks', code: 'WAR' },
  'thames-valley': { column: 4, row: 7, shortName: 'Thames Val', code: 'TVA' },
  hertfordshire: { column: 5, row: 7, shortName: 'Herts', code: 'HER' },
  essex: { column: 6, row: 7, shortName: 'Essex', code: 'ESS' },

  'avon-and-somerset': { column: 1, row: 8, shortName: 'Avon & Som', code: 'AVS' },
  wiltshire: { column: 2, row: 8, shortName: 'Wilts', code: 'WIL' },
  hampshire: { column: 3, row: 8, shortName: 'Hants', code: 'HAM' },
  surrey: { column: 4, row: 8, shortName: 'Surrey', code: 'SUR' },
  london: { column: 5, row: 8, shortName: 'London', code: 'LDN' },
  kent: { column: 6, row: 8, shortName: 'Kent', code: 'KEN' },

  'devon-and-cornwall': { column: 0, row: 9, shortName: 'Dev & Corn', code: 'DEC' },
  dorset: { column: 1, row: 9, shortName: 'Dorset', code: 'DOR' },
  sussex: { column: 4, row: 9, shortName: 'Sussex', code: 'SUS' },
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

/**
 * The 12 probation regions, one square each, schematic: the north in two columns, Wales and the
 * Midlands across the middle, the south along the bottom with London beside Kent, Surrey and Sussex.
 */
export const REGION_TILE_LAYOUT: Readonly<Record<string, TilePlacement>> = {
  'region-north-west': { column: 1, row: 0, shortName: 'North West', code: 'NWR' },
  'region-north-east': { column: 2, row: 0, shortName: 'North East', code: 'NER' },
  'region-greater-manchester': { column: 1, row: 1, shortName: 'Gtr Man', code: 'GMR' },
  'region-yorkshire-and-the-humber': { column: 2, row: 1, shortName: 'Yorks & H', code: 'YHR' },
  'region-wales': { column: 0, row: 2, shortName: 'Wales', code: 'WAL' },
  'region-west-midlands': { column: 1, row: 2, shortName: 'W Mids', code: 'WMR' },
  'region-east-midlands': { column: 2, row: 2, shortName: 'E Mids', code: 'EMR' },
  'region-east-of-england': { column: 3, row: 2, shortName: 'E of Eng', code: 'EER' },
  'region-south-west': { column: 0, row: 3, shortName: 'South West', code: 'SWR' },
  'region-south-central': { column: 1, row: 3, shortName: 'S Central', code: 'SCR' },
  'region-london': { column: 2, row: 3, shortName: 'London', code: 'LDR' },
  'region-kent-surrey-and-sussex': { column: 3, row: 3, shortName: 'K, S & S', code: 'KSS' },
};
