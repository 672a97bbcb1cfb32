import { gridFigureId } from '../../domain/figure-catalogue';
import { TABLE_LABELS, type GridTableId } from '../../domain/labels';
import type { LevelKey } from '../../domain/report-schema';
import { alignToColumns } from './align-columns';
import { readColumnHeaders, type HeaderReading, type HeaderSlot } from './column-headers';
import { levelsOfTable } from '../common/report-figure-ids';
import { expandSpacedValues, readCell, typedCellsOf, type CellReading, type RowCell } from './text-cells';
import type { TextLine } from './text-lines';

export type RowKey = LevelKey | 'total';

const ROW_LABELS: Record<RowKey, RegExp> = {
  level1: /^\s*level\s*1\b:?/i,
  level2: /^\s*level\s*2\b:?/i,
  level3: /^\s*level\s*3\b:?/i,
  total: /^\s*totals?\b:?/i,
};

/** A table row is a line; past this many characters it is reported rather than read. */
export const MAX_ROW_CHARS = 5000;

export interface FoundRow {
  key: RowKey;
  line: TextLine;
  index: number;
  /** The cells after the label, with single-spaced numbers split apart ("3669 1763" → two cells). */
  cells: RowCell[];
  /** The cells as tabs and runs of spaces separate them, before that split. */
  typedCells: RowCell[];
  /** Tabs mark blank cells; rows separated only by spaces cannot show them. */
  tabbed: boolean;
}

/** The rows of a grid table as typed, before we know how many columns it has. */
export interface TableRows {
  tableId: GridTableId;
  rows: FoundRow[];
  /** The column headings above the first row, as mapped to columns. */
  header: HeaderReading;
  warnings: string[];
  /** Rows that start with their label but could not be read (already reported). */
  unreadable: RowKey[];
}

export interface GridCell {
  figureId: string;
  reading: CellReading;
  line: TextLine;
  /** The column (from 0) of the table it was read from. */
  column: number;
}

/**
 * Finds the rows "Level 1/2/3" and "Total" of a grid table between `start` and `end`
 * (line indices), and the header lines from `headerStart`. A line counts as a row only if
 * it holds at least one number or dash after its label, so prose such as "Level 2 is where…"
 * is never read as data; a line that starts with a row's label and holds digits but cannot be
 * read is reported.
 */
export function findTableRows(tableId: GridTableId, lines: readonly TextLine[], range: { start: number; end: number; headerStart: number }): TableRows {
  const wanted: RowKey[] = [...levelsOfTable(tableId), 'total'];
  const rows: FoundRow[] = [];
  const warnings: string[] = [];
  const unreadable: RowKey[] = [];
  for (let index = range.start; index < range.end; index++) {
    const line = lines[index]!;
    const row = readRow(line, index, wanted);
    if (!row) continue;
    if ('problem' in row) {
      warnings.push(row.problem);
      unreadable.push(row.key);
      continue;
    }
    if (rows.some((found) => found.key === row.key)) {
      warnings.push(
        `Line ${line.lineNumber}: a second "${labelOf(row.key)}" row in the same table; we used the first (line ${rows.find((found) => found.key === row.key)!.line.lineNumber}).`,
      );
      continue;
    }
    rows.push(row);
  }
  const firstRow = rows[0]?.index ?? range.end;
  return { tableId, rows, header: readColumnHeaders(lines.slice(range.headerStart, firstRow)), warnings, unreadable };
}

function readRow(line: TextLine, index: number, wanted: readonly RowKey[]): FoundRow | { key: RowKey; problem: string } | undefined {
  if (line.flat === '') return undefined;
  for (const key of wanted) {
    const label = ROW_LABELS[key].exec(line.norm);
    if (!label) continue;
    const remainder = line.norm.slice(label[0].length);
    if (!/\d/.test(remainder)) return undefined;
    if (line.flat.length > MAX_ROW_CHARS) {
      return {
        key,
        problem: `Line ${line.lineNumber} starts like the "${labelOf(key)}" row but is ${line.flat.length.toLocaleString('en-GB')} characters long, too long for a table row; it was not read, so check that row's figures.`,
      };
    }
    const typedCells = typedCellsOf(remainder, label[0].length);
    const cells = typedCells.flatMap(expandSpacedValues);
    // Words straight after the label ("Total number of…", "Level 2 is where…") make it prose.
    const first = cells[0] ? readCell(cells[0].raw) : undefined;
    if (first?.kind === 'text' && /^[a-z]{2,}/i.test(first.raw.trim())) return undefined;
    const hasValue = cells.some((cell) => {
      const kind = readCell(cell.raw).kind;
      return kind === 'number' || kind === 'not-applicable';
    });
    if (!hasValue) {
      return {
        key,
        problem: `Line ${line.lineNumber} starts like the "${labelOf(key)}" row but we could not read its figures ("${clip(line.flat)}"); check that row.`,
      };
    }
    return { key, line, index, cells, typedCells, tabbed: line.norm.includes('\t') };
  }
  return undefined;
}

/** A table found with some of its rows missing: which rows, so their figures are not blanked unseen. */
export function missingRows(table: TableRows, headingLineNumber: number): string[] {
  if (table.rows.length === 0) return [];
  const missing = [...levelsOfTable(table.tableId), 'total' as const].filter(
    (key) => !table.rows.some((row) => row.key === key) && !table.unreadable.includes(key),
  );
  if (missing.length === 0) return [];
  const names = missing.map((key) => `"${labelOf(key)}"`).join(' and ');
  return [
    `The table "${TABLE_LABELS[table.tableId]}" (from line ${headingLineNumber}) has no ${names} ${missing.length === 1 ? 'row' : 'rows'}: those figures are left blank for you to enter.`,
  ];
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * The cells of a table once its columns are known. A column without a figure (undefined) is not
 * read. Rows with more cells than columns, and space-separated rows whose blank cells cannot be
 * placed, give no figures and a warning.
 */
export function tableCells(table: TableRows, columns: readonly HeaderSlot[]): { cells: GridCell[]; warnings: string[] } {
  const columnCount = columns.length;
  const warnings: string[] = [];
  const complete = table.rows.filter((row) => !row.tabbed && row.cells.length === columnCount).map((row) => row.cells);
  const cells: GridCell[] = [];
  for (const row of table.rows) {
    const placed = placeCells(row, columnCount, complete);
    if (!placed) {
      warnings.push(rowProblem(row, columnCount));
      continue;
    }
    placed.forEach((cell, column) => {
      const key = columns[column];
      if (key === undefined) return;
      const reading: CellReading = cell ? readCell(cell.raw) : { kind: 'blank' };
      cells.push({ figureId: gridFigureId(table.tableId, row.key, key), reading, line: row.line, column });
    });
  }
  return { cells, warnings };
}

function placeCells(row: FoundRow, columnCount: number, complete: readonly (readonly RowCell[])[]): (RowCell | undefined)[] | undefined {
  // "3669 12" in a row that already has a cell per column is one number and its note, not two numbers.
  const cells = row.typedCells.length === columnCount ? row.typedCells : row.cells;
  if (cells.length > columnCount) return undefined;
  if (cells.length === columnCount || row.tabbed) {
    return Array.from({ length: columnCount }, (_, column) => cells[column]);
  }
  return alignToColumns(cells, complete, columnCount);
}

function rowProblem(row: FoundRow, columnCount: number): string {
  const where = `Line ${row.line.lineNumber} ("${labelOf(row.key)}")`;
  if (row.cells.length > columnCount) {
    return `${where} has ${row.cells.length} cells but the table has ${columnCount} columns; its figures were left blank for you to enter.`;
  }
  return `${where} has ${row.cells.length} cells for ${columnCount} columns and no tabs to show which are blank; its figures were left blank for you to enter.`;
}

function labelOf(key: RowKey): string {
  return key === 'total' ? 'Total' : `Level ${key.slice(-1)}`;
}
