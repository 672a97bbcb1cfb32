import type { RefObject } from 'react';
import type { ChartSpec } from '../charts/chart-data';

/** Download and share controls for one chart (filled in by the export feature). */
export function ChartActions(_props: { spec: ChartSpec; chartArea: RefObject<HTMLDivElement | null> }) {
  return null;
}
