import type { AreaKind } from './area';
import type { Cell } from './cell';
import type { DisputeResolution } from './disputes';
import type { ValueStatus } from './value-status';
import type { Trust } from './trust';
import type { BenchmarkResult } from './statistics/benchmark-comparison';
import type { FunnelPosition } from './statistics/funnel-limits';
import type { LimitsId } from './chart-options';
import type { ConsistencyFinding } from './consistency';

/**
 * One value of a chart. The same rows feed the chart, its table alternative, its CSV and
 * its exported image, so all four always agree.
 */
export interface ChartRow {
  areaId: string;
  areaName: string;
  year: string;
  /** A report figure id (see figure-catalogue.ts) or a measure id for calculated values. */
  measureId: string;
  measureLabel: string;
  /** For grouped or stacked charts: the group this value belongs to, e.g. "Level 2". */
  series?: string | undefined;
  cell: Cell;
  /** The number drawn, or undefined where nothing can be drawn (see status). */
  value: number | undefined;
  unit: string;
  status: ValueStatus;
  /** A citation: report title, press article, "Illustrative (synthetic)", import file. */
  source: string;
  isFocus: boolean;
  /** England and Wales, drawn as a reference rather than a competitor. */
  isReference: boolean;
  /** Whose figure it is: an area's, a probation region's or England and Wales's (the CSV's geography_level). */
  level?: AreaKind | undefined;
  /** A probation region's figure: the sum of its areas' (calculated here), or its own (a regional report). */
  regionFigure?: RegionFigure | undefined;
  /** A region's own figure that differs from the sum of its areas': the sum, shown beside it as disputed sources are. */
  areaSum?: { value: number; status: ValueStatus } | undefined;
  /** For rates and shares: the count behind the value and what it is divided by. */
  basis?: RateBasis | undefined;
  /** Where published sources disagree: every figure, and which one is used and why. */
  dispute?: DisputeResolution | undefined;
  /**
   * Decimal places every figure of this row's unit shows in its chart, in labels, tables, tooltips
   * and files alike (one policy per chart and unit: "1.0" beside "0.9"); set by chartSpec.
   */
  decimals?: number | undefined;
  /** The numbers (1-based) of the chart notes that apply to this row; set by chartSpec. */
  noteNumbers?: number[];
  /**
   * Published totals this figure shows, or is divided by, whose figures add up to something else:
   * the figure stays as published and carries the warning wherever it goes (label, table, tooltip, files).
   */
  totalFindings?: readonly ConsistencyFinding[] | undefined;
  /** Ranked charts: the row's rank, with how far it can be quoted. */
  rank?: RowRank | undefined;
  /** Ranked charts: the change since the year before, with its caveats. */
  change?: RowChange | undefined;
  /** Rates and shares: the 95% confidence interval, as trustworthy as its weakest input. Counts have none. */
  interval?: RowInterval | undefined;
  /** Rates and shares of an area: higher, similar or lower than England and Wales, judged by the interval. */
  comparison?: RowComparison | undefined;
  /** Funnel plots: where the point sits against the limits drawn. */
  funnel?: RowFunnelPosition | undefined;
}

/** A funnel plot point's place against the control limits drawn, as tables and CSVs show it. */
export interface RowFunnelPosition {
  /** Undefined where there are no limits (no England and Wales figure). */
  position: FunnelPosition | undefined;
  /** The limits it is placed against. */
  limits: LimitsId;
  /** "above the upper 95% limit (within the 99.8% limits)", with its caveat. */
  text: string;
  /** The weakest of the point's interval, England and Wales's figure and (for widened limits) every figure they are estimated from. */
  trust: Trust | undefined;
}

/** How a probation region's figure was found, in the words the table and the CSV use. */
export type RegionFigure = 'sum of areas, calculated here' | 'regional report';

/**
 * A 95% confidence interval: the range of values the underlying rate or share could plausibly
 * take, given chance variation in the count. It describes random variation, not data quality.
 */
export interface RowInterval {
  lower: number;
  upper: number;
  level: 0.95;
  /** Byar's approximation (counts of 10 or more), exact Poisson (under 10) for rates; Wilson's score for shares. */
  method: 'byar' | 'exact-poisson' | 'wilson';
  /** The weakest of the count's and the denominator's: an interval from an illustrative figure is illustrative. */
  trust: Trust;
}

/** How an area's rate or share compares with England and Wales's, allowing for chance. */
export interface RowComparison {
  /** 'not compared' where either side has no figure or the area has no interval. */
  result: BenchmarkResult | 'not compared';
  /** England and Wales's value compared with. */
  benchmark: number | undefined;
  /** The weakest of the interval's and England and Wales's figure's trust. */
  trust: Trust | undefined;
  /** "higher", "similar (illustrative)", "not compared: …": for tables. */
  short: string;
  /** The full sentence, with what it means and its caveat: for tooltips and summaries. */
  sentence: string;
}

/** A rank as tables and CSVs show it. */
export interface RowRank {
  rank: number | undefined;
  tied: boolean;
  /** The weakest status among the values ranked: every one of them moves the rank. */
  trust: Trust | undefined;
  /** "4th highest of 9 areas with published figures", or why there is none. */
  amongReal: string;
  /**
   * Where the row has an interval: the ranks it could plausibly hold given chance, e.g. "between
   * 9th and 17th highest (illustrative)". Empty where there is none (counts).
   */
  range?: string | undefined;
}

/** A change since the year before as tables and CSVs show it. */
export interface RowChange {
  /** "+119 (illustrative)" */
  short: string;
  /** "up 4% from 5,563 (illustrative: built from synthetic figures)" */
  sentence: string;
  difference: number | undefined;
  trust: Trust | undefined;
  seriesBreak: boolean;
  previousYear: string;
}

/** What a rate or share is made of, shown beside it in tables, tooltips and CSVs. */
export interface RateBasis {
  /** The count the value is calculated from, where it is known. */
  count: number | undefined;
  /** The count's own status and source: a synthetic count beside a published rate is still synthetic. */
  countStatus: ValueStatus;
  countSource: string;
  /** What is counted: "registered sexual offenders (category 1) on 31 March". */
  countLabel: string;
  /** What the count is divided by, in words, with its size where known and how it was found. */
  denominator: string;
  /** The size of what the count is divided by (a population, or the whole of a share), where known. */
  denominatorValue?: number | undefined;
}

/** Everything a chart says around its marks: what export and print need as well. */
export interface ChartSpec {
  /** Stable id for file names and element ids, e.g. "compare-rso-per-100k". */
  id: string;
  title: string;
  subtitle: string;
  /** One sentence for screen readers and the page: the chart's main message. */
  summary: string;
  unit: string;
  rows: ChartRow[];
  /** "Source: West Midlands MAPPA Annual Report 2021-22; includes illustrative data". */
  sourceLine: string;
  notes: string[];
  includesIllustrative: boolean;
  /** Parts of the file name: measure, year, focus area, group. */
  fileNameParts: string[];
}
