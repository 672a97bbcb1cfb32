import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as legacyPdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pdfFromText, pdfWithoutText } from '../../../tests/e2e/pdf-fixture';
import { AREAS, seedText } from '../../../tests/fixtures/import/texts';
import { extractPdfText, PdfReadError, type PdfReadOptions } from './pdf-text';
import { pageOfLine } from './report-questions';
import { parseReportText } from './parse-report-text';

/** Under Node: pdf.js's legacy build, its standard fonts from the package, errors only. */
const NODE_OPTIONS: PdfReadOptions = {
  standardFontDataUrl: `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`,
  verbosity: 0,
};

function valuesOf(text: string): Record<string, number | '-' | null> {
  return Object.fromEntries(parseReportText(text, AREAS).figures.map((figure) => [figure.figureId, figure.value]));
}

describe('extractPdfText under Node, with pdf.js passed in', () => {
  it('reads the seed report from its PDF with the same figures as from its text', async () => {
    const pdf = await extractPdfText(await pdfFromText(seedText()), legacyPdfJs, NODE_OPTIONS);
    expect(pdf.pageCount).toBeGreaterThan(1);
    const parse = parseReportText(pdf.text, AREAS);
    expect(parse.areaId).toBe('west-midlands');
    expect(parse.year).toBe('2021-22');
    // The test PDF draws labels and figures in fixed columns: a label longer than its column runs
    // into its figure (revocations, the rate), so those rows are not read, in the browser too.
    const fromText = valuesOf(seedText());
    const read = Object.entries(valuesOf(pdf.text)).filter(([, value]) => value !== null);
    expect(read.length).toBeGreaterThanOrEqual(50);
    for (const [figureId, value] of read) expect(value, figureId).toBe(fromText[figureId]);
    expect(Object.fromEntries(read)).toMatchObject({ 'snapshot.total.total': 5486, 'orders.shpo': 253, 'breachOfOrder.level2.category2': '-' });
  });

  it('says on which page each line is: pages are joined by a blank line', async () => {
    const pdf = await extractPdfText(await pdfFromText(seedText()), legacyPdfJs, NODE_OPTIONS);
    const lines = pdf.text.split('\n');
    expect(pdf.pageStartLines).toHaveLength(pdf.pageCount);
    expect(pdf.pageStartLines[0]).toBe(1);
    const second = pdf.pageStartLines[1] ?? 0;
    expect(lines[second - 2]).toBe('');
    expect(lines[second - 1]).not.toBe('');
    expect(pageOfLine(pdf.pageStartLines, second)).toBe(2);
    expect(pageOfLine(pdf.pageStartLines, second - 2)).toBe(1);
    expect(pageOfLine(pdf.pageStartLines, lines.length)).toBe(pdf.pageCount);
  });

  it('refuses a PDF with no text layer, saying it looks like a scan', async () => {
    await expect(extractPdfText(await pdfWithoutText(), legacyPdfJs, NODE_OPTIONS)).rejects.toThrow(/no text layer: it looks like a scan/);
  });

  it('refuses a file that is not a PDF', async () => {
    const notPdf = new TextEncoder().encode('%PDF-1.7 but nothing else');
    const read = extractPdfText(notPdf, legacyPdfJs, NODE_OPTIONS);
    await expect(read).rejects.toBeInstanceOf(PdfReadError);
    await expect(read).rejects.toThrow(/could not be read as a PDF/);
  });
});
