import type { ReactNode } from 'react';

/**
 * A drawn figure is one or more SVG parts (a chart, a legend, a panel) at fixed positions. The
 * screen places them in a box of the same size; the exported SVG nests each part at its place.
 */
export interface FigurePart {
  key: string;
  x: number;
  y: number;
  node: ReactNode;
}

export interface FigureLayout {
  width: number;
  height: number;
  parts: FigurePart[];
}

export interface LayoutOptions {
  /** Narrow screens: shorter labels and stacked panels. */
  compact: boolean;
}

/**
 * The chart's words, on screen as in every export: label widths are estimated for Arial/Helvetica
 * (src/lib/svg-text.ts), and a page font such as system-ui can be much wider.
 */
export const CHART_FONT_FAMILY = 'Arial, Helvetica, sans-serif';

/** Below this width charts use their compact form. */
export const COMPACT_WIDTH = 600;

/** Lays out one kind of chart at a width. */
export type ChartLayout<C> = (chart: C, width: number, options: LayoutOptions) => FigureLayout;
