import { createContext } from 'react';
import type { BarDatum } from './ranked-bars';

/** What the value labels, interval marks and tooltip need from the ranked bars they are drawn in. */
export interface LabelScale {
  data: readonly BarDatum[];
  xOf: (value: number) => number;
  zeroX: number;
  referenceX: number | undefined;
  compact: boolean;
  axisWidth: number;
}

// Recharts draws a label's `content` as a component: an inline function would be a new component
// on every render, so React would throw away and recreate every label's DOM on every redraw.
// These stay the same components and read the chart's current data from context.
export const LabelScaleContext = createContext<LabelScale | undefined>(undefined);
