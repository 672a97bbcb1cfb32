import * as XLSX from '@e965/xlsx';
import { cellRef } from './cell-ref';
import { readCsvTable } from './read-csv-table';
import { CorruptWorkbookError, EncryptedWorkbookError, NoSheetsError, SheetTooLargeError, UnsupportedFileTypeError } from './spreadsheet-errors';
import type { CellRange, SheetCell, SheetGrid, WorkbookSummary } from './workbook-model';
import { cellText } from './workbook-model';

/** A MAPPA table has one row per area; a sheet far bigger than that is refused rather than read. */
export const MAX_SHEET_ROWS = 100_000;

const WORKBOOK_EXTENSIONS: ReadonlySet<string> = new Set(['ods', 'xlsx', 'xlsm']);
const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['csv', 'tsv', 'txt']);

const ZIP_MAGIC = [0x50, 0x4b];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads an ODS, XLSX or CSV file into plain sheets. Formulas are never run: a formula cell gives
 * the value the file saved for it, and its reference is listed so the review can say so. Dates are kept as dates (and listed per sheet) so that a
 * figure typed into a date-formatted column is flagged, not read as a day count.
 */
export function readWorkbook(bytes: ArrayBuffer | Uint8Array, fileName: string): WorkbookSummary {
  const data = ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
  const extension = extensionOf(fileName);
  if (extension === 'xls') throw new UnsupportedFileTypeError(fileName, 'an Excel 97–2003 workbook');
  if (!WORKBOOK_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension)) {
    throw new UnsupportedFileTypeError(fileName, extension ? `.${extension} files are not spreadsheets` : 'the name has no extension');
  }
  if (data.length === 0) throw new NoSheetsError(fileName);
  if (startsWith(data, ZIP_MAGIC) || startsWith(data, CFB_MAGIC)) return readPackagedWorkbook(data, fileName);
  if (TEXT_EXTENSIONS.has(extension)) return readCsvTable(data, fileName, MAX_SHEET_ROWS);
  throw new CorruptWorkbookError(fileName, `it is named .${extension} but is not a zipped ODS or XLSX workbook.`);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => data[index] === byte);
}

const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  // Formulas are read as text only, to list which cells had one: the library never calculates
  // them, so a formula cell's value is always the result the file saved.
  cellFormula: true,
  cellHTML: false,
  cellText: false,
  cellNF: false,
  cellStyles: false,
  cellDates: true,
  UTC: true,
  bookVBA: false,
  // One row more than we accept, so an oversized sheet is known without reading all of it.
  sheetRows: MAX_SHEET_ROWS + 1,
};

function readPackagedWorkbook(data: Uint8Array, fileName: string): WorkbookSummary {
  if (startsWith(data, CFB_MAGIC)) {
    // Excel wraps a password-protected .xlsx in an OLE container holding "EncryptedPackage".
    if (isEncryptedPackage(data)) throw new EncryptedWorkbookError(fileName);
    throw new UnsupportedFileTypeError(fileName, 'an Excel 97–2003 workbook');
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(data, READ_OPTIONS);
  } catch (error) {
    throw readError(error, fileName);
  }
  const format = workbook.bookType === 'ods' ? 'ods' : workbook.bookType === 'xlsx' || workbook.bookType === 'xlsm' ? 'xlsx' : undefined;
  if (!format) throw new UnsupportedFileTypeError(fileName, workbook.bookType ? `it is in ${workbook.bookType} format` : 'an unknown zipped format');
  const hidden = new Set((workbook.Workbook?.Sheets ?? []).filter((sheet) => sheet.Hidden).map((sheet) => sheet.name));
  const sheets = workbook.SheetNames.flatMap((name) => {
    const sheet = workbook.Sheets[name];
    if (!sheet || sheet['!type'] === 'chart') return [];
    return [{ ...sheetGrid(name, sheet), ...(hidden.has(name) ? { hidden: true } : {}) }];
  });
  return checkedSummary({ fileName, format, sheets });
}

interface CfbContainer {
  FullPaths?: string[];
}

function isEncryptedPackage(data: Uint8Array): boolean {
  try {
    const container = XLSX.CFB.read(data, { type: 'array' }) as CfbContainer;
    return (container.FullPaths ?? []).some((path) => /(^|\/)EncryptedPackage$/i.test(path));
  } catch {
    return false;
  }
}

/** The library's own messages for a password-protected file (ODS and the OOXML variants). */
const ENCRYPTED_MESSAGE = /password|ODS Encryption|ECMA-376 Encrypted|Encryption scheme|EncryptionInfo/i;

/** Maps a spreadsheet library error to one of ours; anything unrecognised means a damaged file. */
export function readError(error: unknown, fileName: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (ENCRYPTED_MESSAGE.test(message)) return new EncryptedWorkbookError(fileName, { cause: error });
  return new CorruptWorkbookError(fileName, 'its contents are not a readable ODS or XLSX workbook.', { cause: error });
}

/** Refuses a workbook with nothing to read, or only oversized sheets. */
function checkedSummary(summary: WorkbookSummary): WorkbookSummary {
  const withContent = summary.sheets.filter((sheet) => sheet.tooLarge || sheet.rowCount > 0);
  if (withContent.length === 0) throw new NoSheetsError(summary.fileName);
  const readable = withContent.filter((sheet) => !sheet.tooLarge);
  const first = withContent[0];
  if (readable.length === 0 && first?.tooLarge) throw new SheetTooLargeError(first.name, first.tooLarge.rowCount, first.tooLarge.maxRows);
  return summary;
}

const ERROR_CODES: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function sheetGrid(name: string, sheet: XLSX.WorkSheet): SheetGrid {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  // The size the file declares counts too: rows past the limit are never read, so a sheet that
  // says it is longer could not be shown whole.
  const declaredRows = sheet['!fullref'] ? XLSX.utils.decode_range(sheet['!fullref'] as string).e.r + 1 : 0;
  if (data.length > MAX_SHEET_ROWS || declaredRows > MAX_SHEET_ROWS) {
    return emptyGrid(name, { rowCount: Math.max(data.length, declaredRows), maxRows: MAX_SHEET_ROWS });
  }
  const rows: (SheetCell | undefined)[][] = [];
  const dateCells: string[] = [];
  const formulaCells: string[] = [];
  let rowCount = 0;
  let columnCount = 0;
  data.forEach((cells, rowIndex) => {
    if (!cells) return;
    const row: (SheetCell | undefined)[] = [];
    cells.forEach((cell, columnIndex) => {
      const read = sheetCell(cell);
      if (!read) return;
      row[columnIndex] = read;
      if (read.kind === 'date') dateCells.push(cellRef(rowIndex, columnIndex));
      if (cell?.f) formulaCells.push(cellRef(rowIndex, columnIndex));
      rowCount = Math.max(rowCount, rowIndex + 1);
      columnCount = Math.max(columnCount, columnIndex + 1);
    });
    rows[rowIndex] = row;
  });
  // Rows stay sparse: one stray cell far to the right must not make every row that wide.
  const allRows = Array.from({ length: rowCount }, (_, rowIndex) => rows[rowIndex] ?? []);
  const merges: CellRange[] = ((sheet['!merges'] ?? []) as XLSX.Range[])
    .filter((range) => range.s.r < rowCount && range.s.c < columnCount)
    .map((range) => ({ first: { row: range.s.r, column: range.s.c }, last: { row: range.e.r, column: range.e.c } }));
  return {
    name,
    title: firstText(allRows),
    rowCount,
    columnCount,
    rows: allRows,
    merges,
    dateCells,
    ...(formulaCells.length > 0 ? { formulaCells } : {}),
  };
}

function emptyGrid(name: string, tooLarge?: SheetGrid['tooLarge']): SheetGrid {
  return { name, title: undefined, rowCount: 0, columnCount: 0, rows: [], merges: [], dateCells: [], ...(tooLarge ? { tooLarge } : {}) };
}

function firstText(rows: readonly (readonly (SheetCell | undefined)[])[]): string | undefined {
  for (const row of rows) {
    for (const cell of row) {
      if (cell) return cellText(cell);
    }
  }
  return undefined;
}

function sheetCell(cell: XLSX.CellObject | undefined): SheetCell | undefined {
  if (!cell) return undefined;
  switch (cell.t) {
    case 'n':
      if (typeof cell.v !== 'number') return cell.v === undefined ? undefined : { kind: 'error', text: 'not a number' };
      return Number.isFinite(cell.v) ? { kind: 'number', value: cell.v } : { kind: 'error', text: 'not a finite number' };
    case 's': {
      const text = String(cell.v ?? '').trim();
      return text === '' ? undefined : { kind: 'text', text };
    }
    case 'b':
      return { kind: 'boolean', value: Boolean(cell.v) };
    case 'd':
      return { kind: 'date', isoDate: cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v) };
    case 'e':
      if (cell.v === undefined) return { kind: 'error', text: 'a formula with no saved value' };
      return { kind: 'error', text: cell.w ?? (typeof cell.v === 'number' ? (ERROR_CODES[cell.v] ?? '#ERROR') : String(cell.v)) };
    case 'z':
      return undefined;
  }
}
