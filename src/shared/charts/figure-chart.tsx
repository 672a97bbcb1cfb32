import type { ChartDescription } from '../../domain/figure';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { panelBarsLayout } from './panel-bars';
import { rankedBarsLayout } from './ranked-bars';
import { stackedSharesLayout } from './stacked-shares';
import { trendLinesLayout } from './trend-lines';

/** Where every part of a chart goes at this width: the one layout the screen and every export use. */
export function layoutChart(chart: ChartDescription, width: number, options: LayoutOptions): FigureLayout {
  switch (chart.kind) {
    case 'ranked-bars':
      return rankedBarsLayout(chart, width, options);
    case 'stacked-shares':
      return stackedSharesLayout(chart, width, options);
    case 'panel-bars':
      return panelBarsLayout(chart, width, options);
    case 'trend-lines':
      return trendLinesLayout(chart, width, options);
  }
}

/**
 * A chart drawn at a given width: its SVG parts placed in a box of the layout's size. Exports
 * render this same component off screen at their own width and nest each part's SVG at its place.
 */
export function FigureChart({ layout }: { layout: FigureLayout }) {
  return (
    <div className="figure-chart" style={{ position: 'relative', width: layout.width, height: layout.height }}>
      {layout.parts.map((part) => (
        <div
          key={part.key}
          className="figure-part"
          data-figure-part={part.key}
          data-x={part.x}
          data-y={part.y}
          style={{ position: 'absolute', left: part.x, top: part.y }}
        >
          {part.node}
        </div>
      ))}
    </div>
  );
}
