import type { FigureDescription } from '../../domain/figure';
import type { RenderedFigure } from './render-figure';

export interface PackPage {
  id: 'slide' | 'a4';
  /** The figure is drawn this wide, in CSS pixels. */
  width: number;
  /** At most this tall: a taller figure is scaled down to fit. */
  height: number;
  /** Pad to the full height (a slide is always 16:9); a document page takes the figure's own height. */
  fixedHeight: boolean;
  /** PNG pixels per CSS pixel. */
  pixelRatio: number;
  /** For the README: what the picture is for. */
  label: string;
}

/**
 * A 16:9 slide, 1920×1080 at 2× (3840 × 2160 pixels), drawn at 960 px so its words are large on a
 * slide; and an A4 portrait document page (210 × 297 mm), the figure as wide as the page.
 */
export const PACK_PAGES = {
  slide: { id: 'slide', width: 960, height: 540, fixedHeight: true, pixelRatio: 4, label: 'a 16:9 slide (3840 × 2160 pixels)' },
  a4: { id: 'a4', width: 680, height: Math.round((680 * 297) / 210), fixedHeight: false, pixelRatio: 2, label: 'an A4 portrait page (1360 pixels wide)' },
} as const satisfies Record<PackPage['id'], PackPage>;

/** The most bars a slide holds legibly: the top and bottom rows and the focus area. */
export const SLIDE_END_ROWS = 5;

/**
 * The figure as a slide shows it. A ranked bar chart with more bars than fit keeps its top and
 * bottom rows and the focus area (England and Wales stays as the reference line), and a note says
 * how many areas are left out and where they all are; any other figure is unchanged.
 */
export function slideFigure(figure: FigureDescription): FigureDescription {
  const { chart, spec } = figure;
  if (chart.kind !== 'ranked-bars' || chart.rows.length <= 2 * SLIDE_END_ROWS + 1) return figure;
  const last = chart.rows.length - SLIDE_END_ROWS;
  const kept = chart.rows.filter((row, index) => index < SLIDE_END_ROWS || index >= last || row.isFocus);
  const left = chart.rows.length - kept.length;
  const focusIndex = chart.rows.findIndex((row) => row.isFocus);
  const focusBetween = focusIndex >= SLIDE_END_ROWS && focusIndex < last ? chart.rows[focusIndex] : undefined;
  const note =
    `To fit a slide, ${left} of the ${chart.rows.length} areas are left out: shown are the top ${SLIDE_END_ROWS}${focusBetween ? ',' : ' and'} the bottom ${SLIDE_END_ROWS}` +
    `${focusBetween ? ` and ${focusBetween.areaName}` : ''}. Every area is in the CSV file and in the full chart (the SVG file and the A4 picture).`;
  return { spec: { ...spec, notes: [...spec.notes, note] }, chart: { ...chart, rows: kept } };
}

/**
 * A rendered figure on a page of fixed size: at its own size where it fits, otherwise scaled down
 * to fit, centred across and from the top, on white. The words stay text.
 */
export function onPage(figure: RenderedFigure, page: PackPage): RenderedFigure {
  const scale = Math.min(1, page.width / figure.width, page.height / figure.height);
  if (scale === 1 && !page.fixedHeight) return figure;
  const width = figure.width * scale;
  const height = figure.height * scale;
  const pageHeight = page.fixedHeight ? page.height : Math.min(page.height, Math.ceil(height));
  const document = new DOMParser().parseFromString(figure.svg, 'image/svg+xml');
  const inner = document.documentElement;
  if (inner.nodeName !== 'svg') throw new Error('The figure is not an SVG document.');
  inner.setAttribute('x', String(round((page.width - width) / 2)));
  inner.setAttribute('y', '0');
  inner.setAttribute('width', String(round(width)));
  inner.setAttribute('height', String(round(height)));
  inner.setAttribute('viewBox', `0 0 ${figure.width} ${figure.height}`);
  const body = new XMLSerializer().serializeToString(inner);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${page.width}" height="${pageHeight}" viewBox="0 0 ${page.width} ${pageHeight}">` +
    `<rect x="0" y="0" width="${page.width}" height="${pageHeight}" fill="#FFFFFF"/>${body}</svg>`;
  return { svg, width: page.width, height: pageHeight };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
