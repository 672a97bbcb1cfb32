import type { ChartRow, ChartSpec } from './chart-row';
import type { TileMapChart } from './tile-map';

/**
 * One figure, described once: what it says (the spec: title, notes, rows for the table and CSV)
 * and what it draws. The screen, the PNG and SVG downloads, print and the board pack all draw
 * this same description with the same components, each at its own size.
 */
export interface FigureDescription<C extends ChartDescription = ChartDescription> {
  spec: ChartSpec;
  chart: C;
}

export type ChartDescription = RankedBarsChart | StackedSharesChart | PanelBarsChart | TrendLinesChart | TileMapChart;

/** One bar per area in the chosen order, the focus area highlighted, England and Wales as a line. */
export interface RankedBarsChart {
  kind: 'ranked-bars';
  /** In drawing order. */
  rows: ChartRow[];
  reference: ChartRow | undefined;
  /** Counts of England and Wales are many times an area's: it is drawn only for rates and shares. */
  showReference: boolean;
  /** Bars of the values, or (ordered by change) of the change since the year before. */
  mode: 'value' | 'change';
}

/** One bar per area divided into segments that add to 100% (levels or categories). */
export interface StackedSharesChart {
  kind: 'stacked-shares';
  series: string[];
  areas: SegmentedArea[];
}

export interface SegmentedArea {
  areaId: string;
  areaName: string;
  isFocus: boolean;
  /** One per series, in series order: the row behind each segment. */
  segments: ChartRow[];
}

/** Small multiples: one panel per series, every panel listing the same areas in the same order. */
export interface PanelBarsChart {
  kind: 'panel-bars';
  percent: boolean;
  panels: { title: string; rows: ChartRow[] }[];
}

export interface TrendLine {
  areaId: string;
  areaName: string;
  isFocus: boolean;
  isReference: boolean;
}

/** Values by year: one line per area on one chart, or one panel per area on a shared scale. */
export interface TrendLinesChart {
  kind: 'trend-lines';
  layout: 'lines' | 'panels';
  years: string[];
  lines: TrendLine[];
  /** One row per line and year; a row without a value is a gap, never a zero. */
  rows: ChartRow[];
  /** The first year on a new population basis, marked on the chart. */
  seriesBreakYear: string | undefined;
}
