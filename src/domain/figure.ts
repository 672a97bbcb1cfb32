import type { ChartRow, ChartSpec } from './chart-row';
import type { FunnelLimits, FunnelPosition, FunnelStatistic } from './statistics/funnel-limits';
import type { SpineSummary } from './statistics/spine';
import type { TileMapChart } from './tile-map';
import type { LimitsId } from './chart-options';
import type { Trust } from './trust';

/**
 * One figure, described once: what it says (the spec: title, notes, rows for the table and CSV)
 * and what it draws. The screen, the PNG and SVG downloads, print and the board pack all draw
 * this same description with the same components, each at its own size.
 */
export interface FigureDescription<C extends ChartDescription = ChartDescription> {
  spec: ChartSpec;
  chart: C;
}

export type ChartDescription = RankedBarsChart | StackedSharesChart | PanelBarsChart | TrendLinesChart | TileMapChart | FunnelChart | SpineChart;

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
  /** Draw each row's 95% interval across its bar (rows without one have none drawn). */
  intervals?: boolean | undefined;
  /**
   * What the bars' fill says: the focus area (the default), or each area's comparison with England
   * and Wales, shown by fill and pattern together, never by colour alone.
   */
  colourBy?: 'focus' | 'comparison' | undefined;
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
  /** The first year of regional reports, marked on the chart where the years span the change (2024-25). */
  reportingBreakYear?: string | undefined;
}

/** One area on a funnel plot: its value against the size of its denominator. */
export interface FunnelPoint {
  row: ChartRow;
  /** The population (rates) or the whole (shares) the value is worked out from. */
  denominator: number;
  /** Where the value sits against the control limits at its own denominator; none without an England and Wales figure. */
  position: FunnelPosition | undefined;
  /** The weakest of the point's interval and England and Wales's figure: how far its position can be quoted. */
  trust: Trust | undefined;
}

/**
 * Each area's rate or share against its denominator, with England and Wales's figure and the 95%
 * and 99.8% control limits around it: a point outside them differs from England and Wales by more
 * than chance would usually produce.
 */
export interface FunnelChart {
  kind: 'funnel';
  statistic: FunnelStatistic;
  /** 100,000 for rates per 100,000; 100 for percentages. */
  multiplier: number;
  /** England and Wales: the centre line. Without a figure there are no limits to draw. */
  benchmark: ChartRow | undefined;
  points: FunnelPoint[];
  /** The limit lines, from the smallest to the largest denominator drawn. */
  limits: FunnelLimits[];
  /** Which limits the lines are: plain (chance alone) or widened to allow for overdispersion. */
  limitsMethod: LimitsId;
  /** Where the limits allow for overdispersion: the estimate they are widened by. */
  overdispersion?: FunnelOverdispersion | undefined;
  /** "Population aged 10 and over", "All MAPPA-eligible offenders on 31 March". */
  xLabel: string;
  /** "Per 100,000", "%". */
  yLabel: string;
}

/** How much more the areas vary than chance alone would make them (Spiegelhalter's method). */
export interface FunnelOverdispersion {
  /** φ: the mean squared (winsorised) z-score; about 1 if only chance were at work. */
  phi: number;
  /** τ: the spread of the areas' true values on the method's scale; 0 where none is found. */
  tau: number;
  /** The number of areas it is estimated from. */
  units: number;
  /** The share of z-scores winsorised at each end (0.1). */
  winsorise: number;
  /** Whether the limits were widened (τ > 0); if not, the plain limits are drawn. */
  adjusted: boolean;
  /** The weakest figure it is estimated from (every area plotted and England and Wales). */
  trust: Trust | undefined;
}

/** One line of an area profile: a measure, the focus area's value and where it sits among all areas. */
export interface SpineLine {
  measureLabel: string;
  /** "31 March 2022", "2021-22". */
  period: string;
  /** "per 100,000", "%". */
  unitText: string;
  /** The focus area's value, with its count, interval and comparison. */
  row: ChartRow;
  national: ChartRow | undefined;
  /** The spread of the areas' values (lowest, quartiles, highest), or none where fewer than two have a figure. */
  spread: (SpineSummary & { trust: Trust | undefined }) | undefined;
}

/** An area profile after Fingertips: one line per measure, the focus area placed on the spread of every area. */
export interface SpineChart {
  kind: 'spine';
  areaName: string;
  lines: SpineLine[];
}
