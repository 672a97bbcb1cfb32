import type { ChartRow } from '../../../domain/chart-row';
import type { MapLegendEntry, MapTile, TileMark } from '../../../domain/tile-map';
import { valueMark } from '../../../domain/trust';
import type { ValueStatus } from '../../../domain/value-status';
import { formatNumber } from '../../../lib/format';
import { binIndexOf, DARK_TEXT, sequentialBins, type Binning } from './binning';
import { gridSizeOf, TILE_LAYOUT, type GridSize, type TilePlacement } from './tile-layout';

/** A tile with no figure is left white (the view outlines it) rather than given a shade of the scale. */
export const NO_FIGURE_FILL = '#FFFFFF';
export const NO_FIGURE_TEXT = 'no figure';
/** Areas outside the comparator group: a light grey, with grey text at 6:1. */
export const OUTSIDE_FILL = '#F3F2F1';
export const OUTSIDE_TEXT = '#505A5F';

export type Tile = MapTile;

export interface TileMapModel {
  /** In reading order: row by row, west to east. */
  tiles: MapTile[];
  /** The colour bins, lightest first, then "No figure", the marks, "Not in this comparison" and the focus area, where any tile needs them. */
  legend: MapLegendEntry[];
  grid: GridSize;
  binning: Binning;
  /** England and Wales, for the view to show beside the map; it has no tile. */
  reference: ChartRow | undefined;
}

export interface TileMapInput {
  /** One row per area of the comparator group for one measure and year; England and Wales as the reference row. */
  rows: readonly ChartRow[];
  focusAreaId: string;
  /** The comparator group's area ids: the only tiles coloured and given a value. */
  groupAreaIds: readonly string[];
  /** Names of areas that have no row (outside the group): their tiles still say whose they are. */
  areaName?: (areaId: string) => string | undefined;
  formatValue?: (value: number) => string;
  /** Where each tile goes: the 42 areas' squares unless told (the probation regions' at region level). */
  layout?: Readonly<Record<string, TilePlacement>>;
}

export function tileMapModel(input: TileMapInput): TileMapModel {
  const { rows, focusAreaId, groupAreaIds, areaName = () => undefined, formatValue = formatNumber, layout = TILE_LAYOUT } = input;
  const reference = rows.find((row) => row.isReference);
  const inGroup = new Set(groupAreaIds);
  const rowByArea = new Map<string, ChartRow>();
  for (const row of rows) {
    if (!row.isReference && inGroup.has(row.areaId) && !rowByArea.has(row.areaId)) rowByArea.set(row.areaId, row);
  }
  // The shades spread over the group's own values: the comparison the reader chose.
  const binning = sequentialBins([...rowByArea.values()].map((row) => row.value));

  const tiles = Object.entries(layout)
    .map(([areaId, placement]): MapTile => {
      const row = rowByArea.get(areaId);
      const member = inGroup.has(areaId);
      const value = member && row?.value !== undefined && Number.isFinite(row.value) ? row.value : undefined;
      // No row is a gap in the data held here, which says nothing about what a report published.
      const status: ValueStatus = row?.status ?? 'no figure held';
      const binIndex = binIndexOf(binning, value);
      const bin = binIndex === undefined ? undefined : binning.bins[binIndex];
      const marks = value === undefined || !row ? [] : marksOf(row);
      const valueText = value === undefined ? undefined : formatValue(value);
      return {
        areaId,
        shortName: placement.shortName,
        code: placement.code,
        // No row is not a reason to lose the tile: it keeps a name.
        name: row?.areaName ?? areaName(areaId) ?? placement.shortName,
        column: placement.column,
        row: placement.row,
        inGroup: member,
        isFocus: areaId === focusAreaId,
        value,
        valueText,
        label: !member ? '' : valueText === undefined ? NO_FIGURE_TEXT : `${valueText}${valueMark(status, marks.includes('disputed'))}`,
        status,
        marks,
        binIndex,
        fill: !member ? OUTSIDE_FILL : (bin?.fill ?? NO_FIGURE_FILL),
        textColour: !member ? OUTSIDE_TEXT : (bin?.textColour ?? DARK_TEXT),
        hatched: marks.includes('illustrative'),
      };
    })
    .sort((a, b) => a.row - b.row || a.column - b.column);

  return { tiles, legend: legendFor(tiles, binning), grid: gridSizeOf(layout), binning, reference };
}

function marksOf(row: ChartRow): TileMark[] {
  const marks: TileMark[] = [];
  if (row.status === 'illustrative') marks.push('illustrative');
  if (row.status === 'imported') marks.push('imported');
  if (row.status === 'sources disagree' || row.dispute !== undefined) marks.push('disputed');
  return marks;
}

function legendFor(tiles: readonly MapTile[], binning: Binning): MapLegendEntry[] {
  const members = tiles.filter((tile) => tile.inGroup);
  const entries: MapLegendEntry[] = binning.bins.map((bin) => ({
    kind: 'bin',
    key: `bin-${bin.index}`,
    label: bin.label,
    fill: bin.fill,
    textColour: bin.textColour,
    count: members.filter((tile) => tile.binIndex === bin.index).length,
  }));
  const plain = (kind: MapLegendEntry['kind'], label: string, count: number, fill = NO_FIGURE_FILL, textColour = DARK_TEXT) => {
    if (count > 0) entries.push({ kind, key: kind, label, fill, textColour, count });
  };
  const marked = (mark: TileMark) => members.filter((tile) => tile.marks.includes(mark)).length;
  plain('no-figure', 'No figure', members.filter((tile) => tile.value === undefined).length);
  plain('illustrative', 'Illustrative, not a real statistic (marked *)', marked('illustrative'));
  plain('disputed', 'Published sources disagree (marked “disputed”)', marked('disputed'));
  plain('imported', 'Imported in this browser (marked “imported”)', marked('imported'));
  plain('outside', 'Not in this comparison (grey, no value)', tiles.length - members.length, OUTSIDE_FILL, OUTSIDE_TEXT);
  const focus = tiles.find((tile) => tile.isFocus);
  if (focus) plain('focus', `${focus.name}, the focus area (thick outline)`, 1);
  return entries;
}
