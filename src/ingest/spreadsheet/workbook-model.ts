import { SheetNotFoundError, SheetTooLargeError } from './spreadsheet-errors';

/**
 * A workbook as plain data, whatever file it came from, so that finding tables, matching
 * areas and reading cells never need the spreadsheet library (which loads lazily).
 */
export type SheetCell =
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  /** A cell the file stores as a date: where a figure should be, a number misread as a date. */
  | { kind: 'date'; isoDate: string }
  /** A spreadsheet error such as "#DIV/0!", or a formula the file saved no value for. */
  | { kind: 'error'; text: string };

/** Rows and columns are 0-based; first and last are inclusive. */
export interface CellRange {
  first: { row: number; column: number };
  last: { row: number; column: number };
}

export type SpreadsheetFormat = 'ods' | 'xlsx' | 'csv';

export interface SheetGrid {
  name: string;
  /** The first non-empty cell, reading row by row: in GSS tables, the table's title. */
  title: string | undefined;
  rowCount: number;
  columnCount: number;
  /** Cells by row and column; undefined (or a hole) where a cell is empty, blank text included. */
  rows: (SheetCell | undefined)[][];
  merges: CellRange[];
  /** References ("B7") of cells stored as dates, so the UI can warn before any figure is read. */
  dateCells: string[];
  /** References of cells holding a formula: their value is the result the file saved, never recalculated. */
  formulaCells?: string[];
  /** Hidden sheets are listed (and can be read) but the UI may want to say so. */
  hidden?: boolean;
  /** Set (with no rows read) when the sheet has more rows than we read. */
  tooLarge?: { rowCount: number; maxRows: number };
}

export interface WorkbookSummary {
  fileName: string;
  format: SpreadsheetFormat;
  sheets: SheetGrid[];
}

export function cellAt(sheet: SheetGrid, row: number, column: number): SheetCell | undefined {
  return sheet.rows[row]?.[column];
}

/** The text of a cell as a person reads it; '' for an empty cell. */
export function cellText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'number':
      return String(cell.value);
    case 'text':
      return cell.text;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return cell.isoDate;
    case 'error':
      return cell.text;
  }
}

/** The sheet to read; an oversized sheet is refused here, when someone chooses it. */
export function sheetNamed(workbook: WorkbookSummary, name: string): SheetGrid {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new SheetNotFoundError(name);
  if (sheet.tooLarge) throw new SheetTooLargeError(sheet.name, sheet.tooLarge.rowCount, sheet.tooLarge.maxRows);
  return sheet;
}
