import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { FigureDescription } from '../../domain/figure';
import { FigureChart } from '../charts/figure-chart';
import { layoutChart } from '../charts/layout-chart';
import { COMPACT_WIDTH } from '../charts/figure-layout';
import { exportFooter, FIGURE_MARGIN, FigureFrameSvg, frameLayout } from './figure-frame';
import { sanitiseSvg } from './svg-sanitise';
import { cleanExportText } from '../../lib/export-text';

export const PRODUCT_NAME = 'MAPPA Compare';

export interface RenderedFigure {
  svg: string;
  width: number;
  height: number;
}

/** Render a React tree into a detached element, synchronously, and hand it to `read` before unmounting. */
function renderDetached<T>(node: React.ReactNode, read: (host: HTMLElement) => T): T {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(node));
    return read(host);
  } finally {
    root.unmount();
  }
}

/**
 * One self-contained SVG document of a figure at the export's own width: the frame's words and
 * the chart drawn by the very component the page uses, at this width, never read back from the
 * page. Rendered synchronously off screen: no waiting for anything to draw.
 */
export function renderFigureSvg(figure: FigureDescription, width: number, exportedOn: Date): RenderedFigure {
  const contentWidth = width - 2 * FIGURE_MARGIN;
  if (!(contentWidth > 0) || !Number.isFinite(width)) throw new RangeError(`The figure width ${width} is too small.`);
  const chart = layoutChart(figure.chart, contentWidth, { compact: contentWidth < COMPACT_WIDTH });
  const frame = frameLayout(figure.spec, width, chart.height, exportFooter(PRODUCT_NAME, exportedOn));
  const parts = renderDetached(<FigureChart layout={chart} />, (host) =>
    Array.from(host.querySelectorAll<HTMLElement>('[data-figure-part]')).flatMap((part) => {
      const svg = part.querySelector('svg');
      if (!svg) return [];
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.setAttribute('x', part.dataset.x ?? '0');
      copy.setAttribute('y', part.dataset.y ?? '0');
      copy.setAttribute('overflow', 'visible');
      sanitiseSvg(copy);
      return [copy];
    }),
  );
  if (parts.length === 0) throw new Error('The chart drew nothing to export.');
  const svg = renderDetached(<FigureFrameSvg spec={figure.spec} layout={frame} />, (host) => {
    const root = host.querySelector('svg');
    const slot = root?.querySelector('[data-chart-slot]');
    if (!root || !slot) throw new Error('The figure frame did not draw.');
    for (const part of parts) slot.append(part);
    slot.removeAttribute('data-chart-slot');
    // Names and notes come from data: a control character in one must not make the file unreadable
    // (the PNG is drawn from this SVG, so its pixels are clean too).
    return cleanExportText(new XMLSerializer().serializeToString(root));
  });
  return { svg, width: frame.width, height: frame.height };
}
