import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfJs, PdfReadOptions } from '../../src/ingest/report-text/pdf-text';

/** pdf.js for Node (its legacy build), loaded once and only when a PDF is read. */
let loaded: Promise<PdfJs> | undefined;

export function nodePdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJs>;
  return loaded;
}

/** Under Node: the standard fonts from the package, and errors only. */
export const NODE_PDF_OPTIONS: PdfReadOptions = {
  standardFontDataUrl: `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`,
  verbosity: 0,
};
