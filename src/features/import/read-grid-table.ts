import { gridFigureId } from '../../domain/figure-catalogue';
import type { GridTableId } from '../../domain/labels';
import type { CategoryKey, LevelKey } from '../../domain/report-schema';
import { alignToColumns } from './align-columns';
import { categoriesOf, levelsOfTable } from './report-figure-ids';
import { readCell, valueCellsOf, type CellReading, type RowCell } from './text-cells';
import type { TextLine } from './text-lines';

type RowKey = LevelKey | 'total';

const ROW_LABELS: Record<RowKey, RegExp> = {
  level1: /^\s*level\s*1\b:?/i,
  level2: /^\s*level\s*2\b:?/i,
  level3: /^\s*level\s*3\b:?/i,
  total: /^\s*totals?\b:?/i,
};

/** A header line names the categories; category 4 appears as "Category 4" or "Terrorism/Terrorist". */
const HEADER_WORDS = /\bcategory\b|\bcat\.? ?\d|violent|dangerous|sex(?:ual)? offenders|terroris[mt]/i;
const CATEGORY_4_WORDS = /\bcategory ?4\b|\bcat\.? ?4\b|terroris[mt]/i;

export interface FoundRow {
  key: RowKey;
  line: TextLine;
  index: number;
  cells: RowCell[];
  /** Tabs mark blank cells; rows separated only by spaces cannot show them. */
  tabbed: boolean;
}

/** The rows of a grid table as typed, before we know how many columns it has. */
export interface TableRows {
  tableId: GridTableId;
  rows: FoundRow[];
  /** A line naming the categories was found above the first row. */
  headerFound: boolean;
  headerHasCategory4: boolean;
  warnings: string[];
}

export interface GridCell {
  figureId: string;
  reading: CellReading;
  line: TextLine;
}

/**
 * Finds the rows "Level 1/2/3" and "Total" of a grid table between `start` and `end`
 * (line indices), and the header lines from `headerStart`. A line counts as a row only if
 * it holds at least one number or dash after its label, so prose such as "Level 2 is where…"
 * is never read as data.
 */
export function findTableRows(tableId: GridTableId, lines: readonly TextLine[], range: { start: number; end: number; headerStart: number }): TableRows {
  const wanted: RowKey[] = [...levelsOfTable(tableId), 'total'];
  const rows: FoundRow[] = [];
  const warnings: string[] = [];
  for (let index = range.start; index < range.end; index++) {
    const line = lines[index]!;
    const row = readRow(line, index, wanted);
    if (!row) continue;
    if (rows.some((found) => found.key === row.key)) {
      warnings.push(
        `Line ${line.lineNumber}: a second "${labelOf(row.key)}" row in the same table; we used the first (line ${rows.find((found) => found.key === row.key)!.line.lineNumber}).`,
      );
      continue;
    }
    rows.push(row);
  }
  const firstRow = rows[0]?.index ?? range.end;
  const headers = lines
    .slice(range.headerStart, firstRow)
    .filter((line) => line.flat.length <= 300 && HEADER_WORDS.test(line.flat) && !/^level\b/i.test(line.flat));
  return {
    tableId,
    rows,
    headerFound: headers.length > 0,
    headerHasCategory4: headers.some((line) => CATEGORY_4_WORDS.test(line.flat)),
    warnings,
  };
}

function readRow(line: TextLine, index: number, wanted: readonly RowKey[]): FoundRow | undefined {
  if (line.flat === '' || line.flat.length > 300) return undefined;
  for (const key of wanted) {
    const label = ROW_LABELS[key].exec(line.norm);
    if (!label) continue;
    const cells = valueCellsOf(line.norm.slice(label[0].length), label[0].length);
    // Words straight after the label ("Total number of…", "Level 2 is where…") make it prose.
    const first = cells[0] ? readCell(cells[0].raw) : undefined;
    if (first?.kind === 'text' && /[a-z]/i.test(first.raw)) return undefined;
    const hasValue = cells.some((cell) => {
      const kind = readCell(cell.raw).kind;
      return kind === 'number' || kind === 'not-applicable';
    });
    return hasValue ? { key, line, index, cells, tabbed: line.norm.includes('\t') } : undefined;
  }
  return undefined;
}

/**
 * The cells of a table once its number of categories is known. Rows with more cells than
 * columns, and space-separated rows whose blank cells cannot be placed, give no figures and a warning.
 */
export function tableCells(table: TableRows, categoryCount: 3 | 4): { cells: GridCell[]; warnings: string[] } {
  const categories = categoriesOf(categoryCount === 4);
  const columnCount = categories.length + 1;
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
      const category: CategoryKey | 'total' = categories[column] ?? 'total';
      const reading: CellReading = cell ? readCell(cell.raw) : { kind: 'blank' };
      cells.push({ figureId: gridFigureId(table.tableId, row.key, category), reading, line: row.line });
    });
  }
  return { cells, warnings };
}

function placeCells(row: FoundRow, columnCount: number, complete: readonly (readonly RowCell[])[]): (RowCell | undefined)[] | undefined {
  if (row.cells.length > columnCount) return undefined;
  if (row.cells.length === columnCount || row.tabbed) {
    return Array.from({ length: columnCount }, (_, column) => row.cells[column]);
  }
  return alignToColumns(row.cells, complete, columnCount);
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
