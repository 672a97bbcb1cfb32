/**
 * Text of a PDF report, line by line, with a tab wherever the PDF leaves a column gap, so the
 * report-text parser can read its tables. pdf.js is passed in: the browser gives its own build
 * with the worker from our bundle (no CDN), the command line pdfjs-dist/legacy/build/pdf.mjs.
 */
export interface PdfText {
  text: string;
  pageCount: number;
  /** The line of `text` (from 1) on which each page starts, so a line can be cited with its page. */
  pageStartLines: number[];
}

/** The part of pdf.js this reads with; both pdfjs-dist builds have it. */
export interface PdfJs {
  getDocument(source: PdfSource): { promise: Promise<PdfDocument> };
}

interface PdfSource extends PdfReadOptions {
  data: Uint8Array;
  isEvalSupported: boolean;
  useSystemFonts: boolean;
}

/** Options for reading under Node: where pdf.js finds the standard fonts, and how much it logs. */
export interface PdfReadOptions {
  standardFontDataUrl?: string;
  verbosity?: number;
}

interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<{ getTextContent(): Promise<{ items: readonly object[] }> }>;
  destroy(): Promise<void>;
}

export class PdfReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfReadError';
  }
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  hasEOL?: boolean;
}

/** Group positioned text items into lines (same baseline) and cells (large horizontal gaps). */
function itemsToLines(items: readonly TextItemLike[]): string[] {
  const rows = new Map<number, TextItemLike[]>();
  for (const item of items) {
    if (!item.str) continue;
    const y = Math.round(item.transform[5] ?? 0);
    const key = [...rows.keys()].find((existing) => Math.abs(existing - y) <= 2) ?? y;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) => {
      const sorted = [...row].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
      let line = '';
      let end: number | undefined;
      for (const item of sorted) {
        const x = item.transform[4] ?? 0;
        const fontSize = Math.abs(item.transform[0] ?? 10) || 10;
        if (end !== undefined) line += x - end > fontSize * 1.5 ? '\t' : x - end > fontSize * 0.15 ? ' ' : '';
        line += item.str;
        end = x + item.width;
      }
      return line.trimEnd();
    });
}

/** Told after each page is read (the command line's progress bar). */
export type PdfPageProgress = (pagesRead: number, pageCount: number) => void;

export async function extractPdfText(
  data: ArrayBuffer | Uint8Array,
  pdfjs: PdfJs,
  options: PdfReadOptions = {},
  onPage: PdfPageProgress = () => undefined,
): Promise<PdfText> {
  let document;
  try {
    document = await pdfjs.getDocument({ ...options, data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new PdfReadError('This PDF is protected by a password. Open it, copy its text and paste it instead.');
    throw new PdfReadError('This file could not be read as a PDF: it may be damaged or not a PDF at all.');
  }
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(itemsToLines(content.items.filter(isTextItem)).join('\n'));
    onPage(number, document.numPages);
  }
  const text = pages.join('\n\n');
  await document.destroy();
  if (text.replace(/\s/g, '').length === 0) {
    throw new PdfReadError(
      `This PDF has ${document.numPages === 1 ? 'a page' : `${document.numPages} pages`} but no text layer: it looks like a scan. Copy the figures from the report into the text box, or use a CSV.`,
    );
  }
  return { text, pageCount: document.numPages, pageStartLines: pageStarts(pages) };
}

function isTextItem(item: object): item is TextItemLike {
  return 'str' in item;
}

/** Pages are joined by a blank line: each starts two lines after the one before ends. */
function pageStarts(pages: readonly string[]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const page of pages) {
    starts.push(line);
    line += page.split('\n').length + 1;
  }
  return starts;
}
