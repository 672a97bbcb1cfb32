/**
 * A workbook as plain data, laid out by the Government Statistical Service (GSS) conventions,
 * before any file format: what chart-workbook builds and write-workbook turns into ODS or XLSX.
 */
export type GssCell = string | number | null;

export interface GssSheet {
  /** Short, without spaces, as GSS guidance asks: "Cover", "Notes", "Data". */
  name: string;
  /** Row by row from A1; null is an empty cell. Numbers stay numbers. */
  rows: GssCell[][];
  /** 0-based row of the table's header, for sheets that hold a table. */
  headerRow?: number;
  /** Column widths, in characters. */
  columnWidths: number[];
}

export interface GssWorkbook {
  title: string;
  exportedAt: Date;
  sheets: GssSheet[];
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 80;

/** Widths that fit each column's longest text, within limits (long prose wraps off to the right). */
export function fittedWidths(rows: readonly GssCell[][], fromRow = 0): number[] {
  const widths: number[] = [];
  for (const row of rows.slice(fromRow)) {
    row.forEach((cell, column) => {
      const length = cell === null ? 0 : String(cell).length;
      widths[column] = Math.min(MAX_WIDTH, Math.max(widths[column] ?? MIN_WIDTH, length + 2));
    });
  }
  return Array.from(widths, (width) => width ?? MIN_WIDTH);
}
