import type { ChartSpec } from '../../domain/chart-row';
import type { FigureDescription } from '../../domain/figure';
import { withPngText } from './png-text';
import { svgToPngBlob } from './rasterise';
import { PRODUCT_NAME, renderFigureSvg, type RenderedFigure } from './render-figure';
import { WIDTH_PRESETS, type WidthPresetId } from './width-presets';

/** The figure's width for a download: the chosen preset, or the chart's width on screen plus the margins. */
export function exportWidth(preset: WidthPresetId, screenWidth: number): number {
  const chosen = WIDTH_PRESETS.find((p) => p.id === preset);
  return chosen && 'width' in chosen ? chosen.width : Math.max(320, Math.round(screenWidth)) + 48;
}

export function exportFigure(figure: FigureDescription, width: number, exportedOn: Date): RenderedFigure {
  return renderFigureSvg(figure, width, exportedOn);
}

/**
 * PNG at twice the figure's size; pixels come from the same SVG as the SVG download. The title,
 * source and numbered notes are also written into the file as text, so they cannot be cropped off.
 */
export async function figurePng(figure: RenderedFigure, spec: ChartSpec, exportedOn: Date, pixelRatio = 2): Promise<Blob> {
  const blob = await svgToPngBlob(figure.svg, figure.width, figure.height, pixelRatio);
  const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), pngTextOf(spec, exportedOn));
  return new Blob([bytes], { type: 'image/png' });
}

/** The figure's words as PNG text entries (standard keywords where PNG has them). */
export function pngTextOf(spec: ChartSpec, exportedOn: Date): Record<string, string> {
  return {
    Title: spec.title,
    Source: spec.sourceLine,
    Description: [spec.subtitle, spec.summary, ...spec.notes.map((note, index) => `${index + 1}. ${note}`)].join('\n'),
    Software: PRODUCT_NAME,
    'Creation Time': exportedOn.toISOString(),
  };
}
