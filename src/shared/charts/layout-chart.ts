import type { ChartDescription } from '../../domain/figure';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { funnelLayout } from './funnel';
import { panelBarsLayout } from './panel-bars';
import { rankedBarsLayout } from './ranked-bars';
import { spineLayout } from './spine';
import { stackedSharesLayout } from './stacked-shares';
import { tileMapLayout } from './tile-map';
import { trendLinesLayout } from './trend-lines';

/**
 * Where every part of any kind of chart goes at this width. Exports use it; a view on screen
 * passes its own kind's layout instead, so it loads only the chart components it draws.
 */
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
    case 'tile-map':
      return tileMapLayout(chart, width, options);
    case 'funnel':
      return funnelLayout(chart, width, options);
    case 'spine':
      return spineLayout(chart, width, options);
  }
}
