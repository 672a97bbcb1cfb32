import type { ChartSpec } from '../../domain/chart-row';
import { composeFigureSvg, type FigureSvg } from './figure-svg';
import { withPngText } from './png-text';
import { WIDTH_PRESETS, type WidthPresetId } from './width-presets';

export { WIDTH_PRESETS, type WidthPresetId };

export const PRODUCT_NAME = 'MAPPA Compare';

/** The chart's own <svg> inside its area (recharts draws one surface per chart). */
export function chartSurface(chartArea: HTMLElement): SVGSVGElement {
  const surface = chartArea.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!surface) throw new Error('The chart has not been drawn yet; try again in a moment.');
  return surface;
}

/** A chart's numbered notes: chartSpec already adds the illustrative warning an exported image must carry. */
export function figureNotes(spec: ChartSpec): string[] {
  return spec.notes;
}

/** One self-contained figure: title, subtitle, chart, source, notes, date and product name. */
export function exportFigure(spec: ChartSpec, chartArea: HTMLElement, preset: WidthPresetId, exportedOn: Date): FigureSvg {
  const surface = chartSurface(chartArea);
  const box = surface.getBoundingClientRect();
  const chosen = WIDTH_PRESETS.find((p) => p.id === preset);
  const width = chosen && 'width' in chosen ? chosen.width : Math.round(box.width) + 48;
  return composeFigureSvg({
    chartSvg: surface,
    chartWidth: box.width,
    chartHeight: box.height,
    title: spec.title,
    subtitle: spec.subtitle,
    sourceLine: spec.sourceLine,
    notes: figureNotes(spec),
    exportedOn,
    productName: PRODUCT_NAME,
    width,
  });
}

/**
 * PNG at twice the figure's size; pixels come from the same SVG as the SVG download. The title,
 * source and numbered notes are also written into the file as text, so they cannot be cropped off.
 */
export async function figurePng(figure: FigureSvg, spec: ChartSpec, exportedOn: Date): Promise<Blob> {
  performance.mark('mappa:png-export-start');
  const { svgToPngBlob } = await import('./rasterise');
  const blob = await svgToPngBlob(figure.svg, figure.width, figure.height, 2);
  const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), pngTextOf(spec, exportedOn));
  performance.measure('mappa:png-export', 'mappa:png-export-start');
  return new Blob([bytes], { type: 'image/png' });
}

/** The figure's words as PNG text entries (standard keywords where PNG has them). */
export function pngTextOf(spec: ChartSpec, exportedOn: Date): Record<string, string> {
  return {
    Title: spec.title,
    Source: spec.sourceLine,
    Description: [spec.subtitle, spec.summary, ...figureNotes(spec).map((note, index) => `${index + 1}. ${note}`)].join('\n'),
    Software: PRODUCT_NAME,
    'Creation Time': exportedOn.toISOString(),
  };
}
