import type { ChartRow } from '../../../domain/chart-row';
import type { ValueStatus } from '../../../domain/value-status';
import { formatNumber } from '../../../lib/format';
import { binIndexOf, DARK_TEXT, sequentialBins, type Binning } from './binning';
import { TILE_GRID, TILE_LAYOUT, type GridSize } from './tile-layout';

/** Illustrative tiles are hatched as well as marked "*", so colour is never the only cue. */
export type TilePattern = 'none' | 'hatched';

/** A tile with no figure is left white (the view outlines it) rather than given a shade of the scale. */
export const NO_FIGURE_FILL = '#FFFFFF';
export const NO_FIGURE_TEXT = 'no figure';

export interface Tile {
  areaId: string;
  shortName: string;
  name: string;
  column: number;
  row: number;
  value: number | undefined;
  /** "145", "145*" (illustrative), "145 (disputed)" (sources disagree) or "no figure". */
  label: string;
  status: ValueStatus;
  /** The colour bin, undefined when there is no figure. */
  binIndex: number | undefined;
  fill: string;
  textColour: string;
  isFocus: boolean;
  inGroup: boolean;
  pattern: TilePattern;
}

export interface TileLegendEntry {
  key: string;
  label: string;
  fill: string;
  textColour: string;
  pattern: TilePattern;
  /** How many tiles the entry describes. */
  count: number;
}

export interface TileMapModel {
  /** In reading order: row by row, west to east. */
  tiles: Tile[];
  /** The colour bins, lightest first, then "No figure" and "Illustrative" where any tile needs them. */
  legend: TileLegendEntry[];
  grid: GridSize;
  binning: Binning;
  /** England and Wales, for the view to show beside the map; it has no tile. */
  reference: ChartRow | undefined;
}

export interface TileMapInput {
  /** One row per area for one measure and year; England and Wales as the reference row. */
  rows: readonly ChartRow[];
  focusAreaId: string;
  /** The comparator group's area ids, drawn as members of the group. */
  groupAreaIds: readonly string[];
  formatValue?: (value: number) => string;
}

export function tileMapModel(input: TileMapInput): TileMapModel {
  const { rows, focusAreaId, groupAreaIds, formatValue = formatNumber } = input;
  const reference = rows.find((row) => row.isReference);
  const rowByArea = new Map<string, ChartRow>();
  for (const row of rows) {
    if (!row.isReference && !rowByArea.has(row.areaId)) rowByArea.set(row.areaId, row);
  }
  const inGroup = new Set(groupAreaIds);
  const binning = sequentialBins([...rowByArea.values()].map((row) => row.value));

  const tiles = Object.entries(TILE_LAYOUT)
    .map(([areaId, placement]): Tile => {
      const row = rowByArea.get(areaId);
      const value = row?.value !== undefined && Number.isFinite(row.value) ? row.value : undefined;
      const status: ValueStatus = row?.status ?? 'missing';
      const binIndex = binIndexOf(binning, value);
      const bin = binIndex === undefined ? undefined : binning.bins[binIndex];
      return {
        areaId,
        shortName: placement.shortName,
        // A missing row is a gap in the data, not a reason to lose the tile: it keeps its short name.
        name: row?.areaName ?? placement.shortName,
        column: placement.column,
        row: placement.row,
        value,
        label: value === undefined ? NO_FIGURE_TEXT : valueLabel(value, status, formatValue),
        status,
        binIndex,
        fill: bin?.fill ?? NO_FIGURE_FILL,
        textColour: bin?.textColour ?? DARK_TEXT,
        isFocus: areaId === focusAreaId,
        inGroup: inGroup.has(areaId),
        pattern: value !== undefined && status === 'illustrative' ? 'hatched' : 'none',
      };
    })
    .sort((a, b) => a.row - b.row || a.column - b.column);

  return { tiles, legend: legendFor(tiles, binning), grid: TILE_GRID, binning, reference };
}

function valueLabel(value: number, status: ValueStatus, formatValue: (value: number) => string): string {
  const text = formatValue(value);
  if (status === 'illustrative') return `${text}*`;
  if (status === 'sources disagree') return `${text} (disputed)`;
  return text;
}

function legendFor(tiles: readonly Tile[], binning: Binning): TileLegendEntry[] {
  const entries: TileLegendEntry[] = binning.bins.map((bin) => ({
    key: `bin-${bin.index}`,
    label: bin.label,
    fill: bin.fill,
    textColour: bin.textColour,
    pattern: 'none',
    count: tiles.filter((tile) => tile.binIndex === bin.index).length,
  }));
  const noFigure = tiles.filter((tile) => tile.value === undefined).length;
  if (noFigure > 0) {
    entries.push({ key: 'no-figure', label: 'No figure', fill: NO_FIGURE_FILL, textColour: DARK_TEXT, pattern: 'none', count: noFigure });
  }
  const illustrative = tiles.filter((tile) => tile.pattern === 'hatched').length;
  if (illustrative > 0) {
    entries.push({
      key: 'illustrative',
      label: 'Illustrative, not a real statistic (marked *)',
      fill: NO_FIGURE_FILL,
      textColour: DARK_TEXT,
      pattern: 'hatched',
      count: illustrative,
    });
  }
  return entries;
}
