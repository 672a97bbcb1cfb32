import type { Area } from '../../domain/area';
import { cellRef } from './cell-ref';
import { AreaNameIndex, type NamedRow } from '../common/area-names';
import { readFigureCell } from './read-cells';
import type { CellRange, SheetCell, SheetGrid } from './workbook-model';
import { cellAt, cellText } from './workbook-model';

export interface HeaderColumn {
  column: number;
  /** Reference of the header cell, like "C5". */
  ref: string;
  /** The heading: a grouping heading above it ("Level 2"), if any, then its own ("Category 1"). */
  text: string;
  /** Some of the text is repeated from a merged cell that spans this column. */
  fromMerge: boolean;
}

export interface TableLocation {
  sheetName: string;
  /** The title and note rows above the header, one string per row. */
  titleLines: string[];
  /** 0-based index of the header row. */
  headerRow: number;
  /** Why this row was taken for the headings, in words the screen shows beside the choice. */
  headerEvidence: string;
  /** The heading row was found by a rule (the row above the first known area name), not chosen by the reader or guessed from figures alone. */
  headerByAreas: boolean;
  /** A row above the header whose headings group the columns ("Level 2" over its categories). */
  bandRow: number | undefined;
  areaColumn: number | undefined;
  /** Every heading except the area column's, left to right. */
  columns: HeaderColumn[];
  /** The table's rows, each with its area cell's text. */
  rows: NamedRow[];
  /** Rows below the header with one note-like cell and no area or figures: not read. */
  skippedRows: NamedRow[];
  mergedHeaders: boolean;
  warnings: string[];
}

export type FindTableResult = { ok: true; table: TableLocation } | { ok: false; message: string };

export interface FindTableOptions {
  /** The heading row the reader chose (0-based), instead of the one found. */
  headerRow?: number;
}

/** Where to look: a table's header is near the top, and a MAPPA table is about 43 rows. */
const HEADER_SEARCH_ROWS = 200;
const AREA_SEARCH_ROWS = 2_000;
const AREA_SEARCH_COLUMNS = 10;

/**
 * Finds the table in a GSS-style sheet: the area column (where most cells name an area), the
 * header row (the nearest row above the first area with two or more headings and no figures;
 * a number stored as text, "3,801", or a symbol such as [x] is a figure, never a heading), title
 * and note rows above it, and the rows of the table down to the first blank row. Merged header
 * cells are unmerged by repeating their text over the columns they span. The reader may choose
 * another heading row (`options.headerRow`); the evidence for the one found is in `headerEvidence`.
 */
export function findTable(sheet: SheetGrid, areas: readonly Area[], options: FindTableOptions = {}): FindTableResult {
  if (sheet.tooLarge) return { ok: false, message: `The sheet "${sheet.name}" is too large to read.` };
  if (sheet.rowCount === 0) return { ok: false, message: `The sheet "${sheet.name}" is empty.` };
  const grid = new HeaderGrid(sheet);
  const index = new AreaNameIndex(areas);
  const byAreas = areaColumnOf(sheet, index);
  const chosen = options.headerRow !== undefined && options.headerRow >= 0 && options.headerRow < sheet.rowCount ? options.headerRow : undefined;
  const headerRow = chosen ?? (byAreas ? headerAbove(grid, byAreas.firstRow) : firstHeaderWithFigures(grid));
  if (headerRow === undefined) {
    return {
      ok: false,
      message: byAreas
        ? `No header row was found above the first area (row ${byAreas.firstRow + 1}) of "${sheet.name}".`
        : `No table with headings and figures was found in "${sheet.name}".`,
    };
  }
  const areaColumn = byAreas?.column ?? textColumnBelow(grid, headerRow);
  const bandRow = headerRow > 0 && isBandRow(grid, headerRow - 1, areaColumn) ? headerRow - 1 : undefined;
  const columns = headerColumns(grid, headerRow, bandRow, areaColumn);
  const { rows, skippedRows, lastRow } = tableRows(grid, index, headerRow, areaColumn, columns);
  const titleLines: string[] = [];
  for (let row = 0; row < (bandRow ?? headerRow); row++) {
    const line = Array.from(sheet.rows[row] ?? [], cellText)
      .filter((text) => text !== '')
      .join(' ');
    if (line !== '') titleLines.push(line);
  }
  return {
    ok: true,
    table: {
      sheetName: sheet.name,
      titleLines,
      headerRow,
      headerEvidence: headerEvidence(grid, headerRow, chosen !== undefined, byAreas),
      headerByAreas: chosen === undefined && byAreas !== undefined,
      bandRow,
      areaColumn,
      columns: columns.filter((column) => column.text !== '' || columnHasFigures(grid, column.column, headerRow, lastRow)),
      rows,
      skippedRows,
      mergedHeaders: columns.some((column) => column.fromMerge),
      warnings: tableWarnings(sheet, columns, headerRow, lastRow),
    },
  };
}

/** Cell text with merged ranges unmerged: a covered cell reads as its range's first cell. */
class HeaderGrid {
  constructor(readonly sheet: SheetGrid) {}

  text(row: number, column: number): { text: string; fromMerge: boolean } {
    const own = cellText(cellAt(this.sheet, row, column));
    if (own !== '') return { text: own, fromMerge: false };
    const range = this.sheet.merges.find((merge) => contains(merge, row, column));
    if (!range) return { text: '', fromMerge: false };
    const text = cellText(cellAt(this.sheet, range.first.row, range.first.column));
    return { text, fromMerge: text !== '' };
  }

  filledCount(row: number): number {
    let count = 0;
    for (let column = 0; column < this.sheet.columnCount; column++) if (this.text(row, column).text !== '') count++;
    return count;
  }

  /** A cell of the row (but `except`) holds a figure: a number, or text that reads as one ("3,801", "[x]", "-"). */
  hasNumber(row: number, except?: number): boolean {
    return (this.sheet.rows[row] ?? []).some((cell, column) => column !== except && isFigureCell(cell));
  }

  isBlank(row: number): boolean {
    return (this.sheet.rows[row] ?? []).every((cell) => cell === undefined);
  }
}

/** A bare year ("2022") heads a column of a time series: text that is a year is a heading, not a figure. */
const YEAR_HEADING = /^(?:19|20)\d{2}$/;

/**
 * A cell that holds a figure, however it is stored: a number, or text a figure cell reads as a
 * value, not applicable or not published ("3,801", "1 234", "-", "[x]", "12 [note 3]").
 */
export function isFigureCell(cell: SheetCell | undefined): boolean {
  if (!cell) return false;
  if (cell.kind === 'number') return true;
  if (cell.kind !== 'text' || YEAR_HEADING.test(cell.text.trim())) return false;
  const reading = readFigureCell(cell, '');
  return reading.kind === 'value' || reading.kind === 'not-applicable' || (reading.kind === 'missing' && reading.reason !== 'blank');
}

/** "Row 4 (“MAPPA area”, “Category 1”, …) is the nearest row above the first area name, row 5 (“Kent”), with headings and no figures." */
function headerEvidence(grid: HeaderGrid, headerRow: number, chosen: boolean, byAreas: { column: number; firstRow: number } | undefined): string {
  if (chosen) return `Row ${headerRow + 1} is the heading row you chose.`;
  if (!byAreas) {
    return `No cell names an area we know, so row ${headerRow + 1} was taken for the headings: the first row of words with figures below it. Check it.`;
  }
  const firstArea = cellText(cellAt(grid.sheet, byAreas.firstRow, byAreas.column));
  return `Row ${headerRow + 1} is the nearest row above the first area we know (row ${byAreas.firstRow + 1}, “${firstArea}”) whose cells are all words: numbers, even stored as text, are figures.`;
}

function contains(range: CellRange, row: number, column: number): boolean {
  return row >= range.first.row && row <= range.last.row && column >= range.first.column && column <= range.last.column;
}

function areaColumnOf(sheet: SheetGrid, index: AreaNameIndex): { column: number; firstRow: number } | undefined {
  let best: { column: number; firstRow: number; count: number } | undefined;
  const columns = Math.min(sheet.columnCount, AREA_SEARCH_COLUMNS);
  const rows = Math.min(sheet.rowCount, AREA_SEARCH_ROWS);
  for (let column = 0; column < columns; column++) {
    let count = 0;
    let firstRow = -1;
    for (let row = 0; row < rows; row++) {
      const cell = cellAt(sheet, row, column);
      // A title or note that happens to be an area's name stands alone on its row.
      if (cell?.kind !== 'text' || filledCells(sheet, row) < 2 || !index.match(cell.text).match) continue;
      count++;
      if (firstRow < 0) firstRow = row;
    }
    if (count > (best?.count ?? 0)) best = { column, firstRow, count };
  }
  return best && { column: best.column, firstRow: best.firstRow };
}

function filledCells(sheet: SheetGrid, row: number): number {
  return (sheet.rows[row] ?? []).filter((cell) => cell !== undefined).length;
}

function isHeaderLike(grid: HeaderGrid, row: number): boolean {
  return grid.filledCount(row) >= 2 && !grid.hasNumber(row);
}

function headerAbove(grid: HeaderGrid, firstAreaRow: number): number | undefined {
  for (let row = firstAreaRow - 1; row >= 0; row--) if (isHeaderLike(grid, row)) return row;
  return undefined;
}

function firstHeaderWithFigures(grid: HeaderGrid): number | undefined {
  const last = Math.min(grid.sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    if (!isHeaderLike(grid, row)) continue;
    for (let below = row + 1; below <= row + 3 && below < grid.sheet.rowCount; below++) if (grid.hasNumber(below)) return row;
  }
  return undefined;
}

/** Without any known area name: the first column whose cells below the header are mostly text. */
function textColumnBelow(grid: HeaderGrid, headerRow: number): number | undefined {
  const last = Math.min(grid.sheet.rowCount, headerRow + 1 + AREA_SEARCH_ROWS);
  for (let column = 0; column < Math.min(grid.sheet.columnCount, AREA_SEARCH_COLUMNS); column++) {
    let text = 0;
    let filled = 0;
    for (let row = headerRow + 1; row < last; row++) {
      const cell = cellAt(grid.sheet, row, column);
      if (!cell) continue;
      filled++;
      if (cell.kind === 'text') text++;
    }
    if (filled > 0 && text * 2 > filled) return column;
  }
  return undefined;
}

/** A row of grouping headings above the header: two or more different headings, no figures. */
function isBandRow(grid: HeaderGrid, row: number, areaColumn: number | undefined): boolean {
  if (grid.hasNumber(row)) return false;
  const texts = new Set<string>();
  for (let column = 0; column < grid.sheet.columnCount; column++) {
    if (column === areaColumn) continue;
    const { text } = grid.text(row, column);
    if (text !== '') texts.add(text);
  }
  return texts.size >= 2;
}

function headerColumns(grid: HeaderGrid, headerRow: number, bandRow: number | undefined, areaColumn: number | undefined): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let column = 0; column < grid.sheet.columnCount; column++) {
    if (column === areaColumn) continue;
    const own = grid.text(headerRow, column);
    const band = bandRow === undefined ? { text: '', fromMerge: false } : grid.text(bandRow, column);
    const parts = [band.text, own.text].filter((text, index, all) => text !== '' && all.indexOf(text) === index);
    columns.push({ column, ref: cellRef(headerRow, column), text: parts.join(' '), fromMerge: own.fromMerge || band.fromMerge });
  }
  return columns;
}

function tableRows(
  grid: HeaderGrid,
  index: AreaNameIndex,
  headerRow: number,
  areaColumn: number | undefined,
  columns: readonly HeaderColumn[],
): { rows: NamedRow[]; skippedRows: NamedRow[]; lastRow: number } {
  const rows: NamedRow[] = [];
  const skippedRows: NamedRow[] = [];
  let lastRow = headerRow;
  for (let row = headerRow + 1; row < grid.sheet.rowCount; row++) {
    if (grid.isBlank(row)) {
      // GSS tables have no blank rows, so a blank row after the first rows ends the table.
      if (rows.length > 0) break;
      continue;
    }
    lastRow = row;
    const text = areaColumn === undefined ? '' : grid.text(row, areaColumn).text;
    const named = { row, ref: cellRef(row, areaColumn ?? 0), text };
    const hasFigures = columns.some((column) => cellAt(grid.sheet, row, column.column) !== undefined);
    if (text !== '' && (hasFigures || index.match(text).match)) rows.push(named);
    else skippedRows.push(named.text === '' ? { ...named, text: firstTextOf(grid, row) } : named);
  }
  return { rows, skippedRows, lastRow };
}

function firstTextOf(grid: HeaderGrid, row: number): string {
  return Array.from(grid.sheet.rows[row] ?? [], cellText).find((text) => text !== '') ?? '';
}

function columnHasFigures(grid: HeaderGrid, column: number, headerRow: number, lastRow: number): boolean {
  for (let row = headerRow + 1; row <= lastRow; row++) if (cellAt(grid.sheet, row, column) !== undefined) return true;
  return false;
}

function tableWarnings(sheet: SheetGrid, columns: readonly HeaderColumn[], headerRow: number, lastRow: number): string[] {
  const warnings: string[] = [];
  const merged = columns.filter((column) => column.fromMerge).map((column) => column.ref);
  if (merged.length > 0) warnings.push(`Merged header cells were unmerged by repeating their text (${merged.join(', ')}): check the headings.`);
  const untitled = columns.filter((column) => column.text === '').map((column) => column.ref);
  if (untitled.length > 0) warnings.push(`Some columns have figures but no heading (${untitled.join(', ')}).`);
  for (const merge of sheet.merges) {
    if (merge.last.row > headerRow && merge.first.row <= lastRow) {
      warnings.push(
        `Cells ${cellRef(merge.first.row, merge.first.column)}:${cellRef(merge.last.row, merge.last.column)} are merged inside the table: only ${cellRef(merge.first.row, merge.first.column)} is read.`,
      );
    }
  }
  const dates = sheet.dateCells.filter((ref) => {
    const row = Number(/\d+$/.exec(ref)?.[0] ?? 0) - 1;
    return row > headerRow && row <= lastRow;
  });
  if (dates.length > 0) warnings.push(`Some cells in the table are stored as dates, not numbers (${dates.join(', ')}): they are not read as figures.`);
  return warnings;
}
