import type { ValueStatus } from './value-status';

/** What a tile's number carries beside it, as bars do: "*" (illustrative), "disputed", "imported". */
export type TileMark = 'illustrative' | 'disputed' | 'imported';

/** One area's square on the tile map. */
export interface MapTile {
  areaId: string;
  /** At most 10 characters: "W Mids". */
  shortName: string;
  /** Three letters, for tiles too small for the short name: "WMI". */
  code: string;
  name: string;
  /** 0-based, west to east. */
  column: number;
  /** 0-based, north to south. */
  row: number;
  /** Areas outside the comparator group are drawn grey, with no value: they are not in the figure's rows. */
  inGroup: boolean;
  isFocus: boolean;
  value: number | undefined;
  /** The number as text ("1,234"); undefined when there is none. */
  valueText: string | undefined;
  /** The whole label as words: "145", "145*", "816 (disputed)", "no figure"; empty outside the group. */
  label: string;
  status: ValueStatus;
  marks: TileMark[];
  /** The colour bin, undefined when there is no figure (or the area is outside the group). */
  binIndex: number | undefined;
  fill: string;
  /** Contrasts at least 4.5:1 with fill. */
  textColour: string;
  /** Illustrative values are hatched as well as marked *, so colour is never the only cue. */
  hatched: boolean;
}

export type MapLegendKind = 'bin' | 'no-figure' | 'illustrative' | 'disputed' | 'imported' | 'outside' | 'focus';

export interface MapLegendEntry {
  kind: MapLegendKind;
  key: string;
  label: string;
  fill: string;
  textColour: string;
  /** How many tiles the entry describes. */
  count: number;
}

/** The 42 areas as equal squares placed roughly where they are, coloured by one measure in binned shades. */
export interface TileMapChart {
  kind: 'tile-map';
  /** The figure's id: it prefixes the SVG pattern ids, which must be unique in a document. */
  id: string;
  /** The legend's heading: what the numbers are, "Per 100,000 population". */
  legendTitle: string;
  columns: number;
  rows: number;
  /** In reading order: row by row, west to east. */
  tiles: MapTile[];
  /** The colour bins, lightest first, then what the marks, grey tiles and the focus outline mean. */
  legend: MapLegendEntry[];
  /** England and Wales has no tile: its value, as a line under the legend. */
  referenceText: string | undefined;
}
