/**
 * Text of a PDF report, line by line, with a tab wherever the PDF leaves a column gap, so the
 * report-text parser can read its tables. pdf.js and its worker load only when this runs, from
 * our own bundle (no CDN).
 */
export interface PdfText {
  text: string;
  pageCount: number;
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
export function itemsToLines(items: readonly TextItemLike[]): string[] {
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

export async function extractPdfText(data: ArrayBuffer): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  let document;
  try {
    document = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new PdfReadError('This PDF is protected by a password. Open it, copy its text and paste it instead.');
    throw new PdfReadError('This file could not be read as a PDF: it may be damaged or not a PDF at all.');
  }
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const items: TextItemLike[] = content.items.flatMap((item) => ('str' in item ? [item] : []));
    pages.push(itemsToLines(items).join('\n'));
  }
  const text = pages.join('\n\n');
  await document.destroy();
  if (text.replace(/\s/g, '').length === 0) {
    throw new PdfReadError(
      `This PDF has ${document.numPages === 1 ? 'a page' : `${document.numPages} pages`} but no text layer: it looks like a scan. Copy the figures from the report into the text box, or use a CSV.`,
    );
  }
  return { text, pageCount: document.numPages };
}
