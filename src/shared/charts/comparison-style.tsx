import type { ChartRow, RowComparison } from '../../domain/chart-row';
import { legendLayout, type LegendItem } from './svg-legend';
import { COMPARATOR_COLOUR, FOCUS_COLOUR, TEXT_COLOUR } from './palette';

type Result = RowComparison['result'];

export interface ComparisonStyle {
  /** Words for the legend. */
  label: string;
  fill: string;
  /** Drawn with the hatch pattern instead of a plain fill. */
  pattern: boolean;
  stroke: string | undefined;
  dash: string | undefined;
}

/**
 * No red or green: no MAPPA measure has a good direction. Each result differs in lightness and in
 * pattern, so it reads in greyscale and without colour vision: higher is a dark solid bar, similar
 * a mid grey one, lower an outlined, hatched one, and not compared a dashed outline only.
 */
export const COMPARISON_STYLES: Record<Result, ComparisonStyle> = {
  higher: { label: 'Higher than England and Wales', fill: FOCUS_COLOUR, pattern: false, stroke: undefined, dash: undefined },
  similar: { label: 'Similar to England and Wales', fill: COMPARATOR_COLOUR, pattern: false, stroke: undefined, dash: undefined },
  lower: { label: 'Lower than England and Wales', fill: '#FFFFFF', pattern: true, stroke: FOCUS_COLOUR, dash: undefined },
  'not compared': { label: 'Not compared', fill: '#FFFFFF', pattern: false, stroke: COMPARATOR_COLOUR, dash: '4 2' },
};

const RESULTS: readonly Result[] = ['higher', 'similar', 'lower', 'not compared'];

/** Legend items for the results that occur among the rows, in a fixed order. */
export function comparisonLegendItems(rows: readonly ChartRow[]): LegendItem[] {
  const present = new Set(rows.filter((row) => !row.isReference).map((row) => row.comparison?.result ?? 'not compared'));
  return RESULTS.filter((result) => present.has(result)).map((result) => {
    const style = COMPARISON_STYLES[result];
    return {
      label: style.label,
      colour: style.stroke ?? style.fill,
      shape: style.pattern ? 'hatched-square' : style.dash ? 'outline-square' : 'square',
    };
  });
}

export const INTERVAL_LEGEND_ITEM: LegendItem = { label: '95% confidence interval', colour: TEXT_COLOUR, shape: 'whisker' };

export function legendHeightFor(items: readonly LegendItem[], width: number): number {
  return legendLayout(items, width).height;
}

/** An id safe inside url(#…): React's ids may hold characters CSS would need escaped. */
export function patternIdFrom(reactId: string): string {
  return `hatch-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** Diagonal lines on white, outlined by the bar's stroke: "lower" without relying on colour. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill="#FFFFFF" />
      <line x1={0} y1={0} x2={0} y2={6} stroke={FOCUS_COLOUR} strokeWidth={2.5} />
    </pattern>
  );
}
