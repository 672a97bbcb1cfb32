import type { ChartRow } from '../../domain/chart-row';
import type { FigureDescription } from '../../domain/figure';
import { blobBytes } from './blob-bytes';
import { chartRowsToCsv, tidyCsv } from './csv';
import { figurePng } from './figure-export';
import { exportFileName } from './file-names';
import { packReadme } from './pack-readme';
import { onPage, PACK_PAGES, slideFigure } from './pack-pages';
import { PRODUCT_NAME, renderFigureSvg } from './render-figure';
import type { ZipEntry } from './zip-pack';

export interface PackInput {
  focusName: string;
  /** What the charts compare the focus area with, as the view chose it: "metropolitan areas", "the 42 areas". */
  comparison: string;
  year: string;
  figures: readonly FigureDescription[];
  /** The area summary's key figures, for their own CSV. */
  keyFigures: readonly ChartRow[];
  signal: AbortSignal;
  onProgress: (done: number, total: number, step: string) => void;
}

function checkCancelled(signal: AbortSignal) {
  if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
}

/**
 * The board-paper pack: every figure as PNG and SVG (drawn from its description, as the screen
 * draws it), each figure's CSV and ODS workbook (cover, contents, notes, data with GSS symbols),
 * the key figures as CSV, and a README of sources and notes, in one zip.
 */
export async function buildBoardPack(input: PackInput): Promise<{ blob: Blob; fileName: string }> {
  const { figures, signal, onProgress, focusName, year } = input;
  const total = figures.length + 2;
  const entries: ZipEntry[] = [];
  const readmeCharts = [];
  const exportedOn = new Date();
  // The spreadsheet writer is large: it loads only when a pack is made.
  const [{ chartWorkbook }, { writeWorkbook }] = await Promise.all([import('./spreadsheet/chart-workbook'), import('./spreadsheet/write-workbook')]);
  for (const [index, figure] of figures.entries()) {
    checkCancelled(signal);
    onProgress(index, total, `Drawing “${figure.spec.title}”`);
    const base = exportFileName([String(index + 1).padStart(2, '0'), ...figure.spec.fileNameParts], 'png').replace(/\.png$/, '');
    // The full chart as SVG at the slide's width; a picture for a slide (its longest bar charts cut
    // to their ends and the focus area) and one for an A4 document, each drawn from the same tree.
    const full = renderFigureSvg(figure, PACK_PAGES.slide.width, exportedOn);
    const slide = slideFigure(figure);
    const pictures = [
      { page: PACK_PAGES.slide, spec: slide.spec, rendered: renderFigureSvg(slide, PACK_PAGES.slide.width, exportedOn) },
      { page: PACK_PAGES.a4, spec: figure.spec, rendered: renderFigureSvg(figure, PACK_PAGES.a4.width, exportedOn) },
    ];
    for (const { page, spec, rendered } of pictures) {
      const png = await figurePng(onPage(rendered, page), spec, exportedOn, page.pixelRatio);
      entries.push({ name: `${base}-${page.id}.png`, data: await blobBytes(png) });
    }
    entries.push({ name: `${base}.svg`, data: full.svg });
    entries.push({ name: `${base}.csv`, data: chartRowsToCsv(figure.spec, exportedOn) });
    entries.push({ name: `${base}.ods`, data: writeWorkbook(chartWorkbook(figure.spec, exportedOn, { productName: PRODUCT_NAME }), 'ods') });
    readmeCharts.push({
      title: figure.spec.title,
      sourceLine: figure.spec.sourceLine,
      notes: figure.spec.notes,
      files: [`${base}-slide.png`, `${base}-a4.png`, `${base}.svg`, `${base}.csv`, `${base}.ods`],
      includesIllustrative: figure.spec.includesIllustrative,
    });
  }
  checkCancelled(signal);
  onProgress(figures.length, total, 'Writing the key figures');
  entries.push({ name: exportFileName(['key-figures', focusName, year], 'csv'), data: tidyCsv(input.keyFigures) });
  entries.push({
    name: 'README.txt',
    data: packReadme({ focusAreaName: focusName, comparison: input.comparison, year, exportedOn, charts: readmeCharts, productName: PRODUCT_NAME }),
  });
  onProgress(figures.length + 1, total, 'Making the zip file');
  const { buildZip } = await import('./zip-pack');
  const blob = await buildZip(entries, { signal });
  onProgress(total, total, 'Done');
  return { blob, fileName: exportFileName(['board-pack', focusName, year], 'zip') };
}
