import Papa from 'papaparse';
import { CorruptWorkbookError, NoSheetsError, SheetTooLargeError } from './spreadsheet-errors';
import type { SheetCell, WorkbookSummary } from './workbook-model';
import { cellText } from './workbook-model';

/**
 * A comma-, semicolon-, tab- or pipe-separated file as a one-sheet workbook. Every cell stays
 * text, exactly as typed ("1,234", "[x]", "2022-23"): reading figures is read-cells' job, so a
 * CSV is never second-guessed into dates or numbers here.
 */
export function readCsvTable(data: Uint8Array, fileName: string, maxRows: number): WorkbookSummary {
  const text = decodeText(data, fileName);
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false, preview: maxRows + 1 });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    throw new CorruptWorkbookError(fileName, `row ${(quoteError.row ?? 0) + 1} has a quotation mark that is never closed.`);
  }
  const rows = parsed.data.map((fields) =>
    fields.map((field): SheetCell | undefined => (field.trim() === '' ? undefined : { kind: 'text', text: field.trim() })),
  );
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((cell) => cell === undefined)) rows.pop();
  const name = fileName.replace(/\.[^.]*$/, '') || fileName;
  if (rows.length > maxRows) throw new SheetTooLargeError(name, rows.length, maxRows);
  const columnCount = rows.reduce((widest, row) => Math.max(widest, lastFilled(row)), 0);
  if (rows.length === 0 || columnCount === 0) throw new NoSheetsError(fileName);
  const dense = rows.map((row) => Array.from({ length: columnCount }, (_, column) => row[column]));
  const title = dense.flat().find((cell) => cell !== undefined);
  return {
    fileName,
    format: 'csv',
    sheets: [{ name, title: title ? cellText(title) : undefined, rowCount: dense.length, columnCount, rows: dense, merges: [], dateCells: [] }],
  };
}

const DELIMITERS = [',', '\t', ';', '|'] as const;
const LINES_LOOKED_AT = 100;

/**
 * The delimiter most lines agree on. Papa Parse's own guess needs every line to have the same
 * number of fields, which a GSS table (title and note rows above the header) never has.
 */
function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/, LINES_LOOKED_AT * 2)
    .filter((line) => line.trim() !== '')
    .slice(0, LINES_LOOKED_AT);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((count) => count > 0);
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const score = Math.max(0, ...frequency.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

function lastFilled(row: readonly (SheetCell | undefined)[]): number {
  for (let column = row.length - 1; column >= 0; column--) if (row[column]) return column + 1;
  return 0;
}

/** UTF-8 (with or without a byte order mark), UTF-16 with one, else Windows-1252 as Excel writes it. */
function decodeText(data: Uint8Array, fileName: string): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (data.includes(0)) throw new CorruptWorkbookError(fileName, 'it holds binary data, not text.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}
