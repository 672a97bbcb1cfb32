import { CATEGORY_LABELS, TABLE_LABELS, type GridTableId } from '../../domain/labels';
import type { MappaYear } from '../../domain/years';
import type { ColumnKey, HeaderSlot } from './column-headers';
import type { FoundRow, TableRows } from './read-grid-table';
import { categoriesOf } from '../common/report-figure-ids';
import { readCell } from './text-cells';

/**
 * How a table's columns are read: each column's figure (undefined: not read), the columns whose
 * figures are only suggested and must be checked (with why), the template's columns the table
 * does not have (their figures are asked about), and notes saying how a column without a
 * heading was read where its figures settle it.
 */
export interface ColumnPlan {
  kind: 'columns';
  columns: HeaderSlot[];
  /** By column index: why its figures are to be checked (read by the usual order, not by a heading). */
  checks: Map<number, string>;
  /** Columns of the template the table has no column for, each with what the review says about its figures. */
  absent: { key: ColumnKey; check: string }[];
  /** How a column without a heading was read, where its figures settle it (shown, not a warning). */
  notes: string[];
  /** Problems to show beside the table: columns not read, template columns missing. */
  warnings: string[];
}

export type TableColumns = ColumnPlan | { kind: 'stopped'; message: string };

/** "Category 3: Other dangerous offenders", "the total". */
function columnName(key: ColumnKey): string {
  return key === 'total' ? 'the total' : `“${CATEGORY_LABELS[key]}”`;
}

/** How many value cells a row shows: tabs keep blank cells; a space-separated row counts its numbers. */
function rowWidth(row: FoundRow): number {
  return row.tabbed ? row.typedCells.length : row.cells.length;
}

/** The width most rows have (the larger on a tie): a row with a stray extra cell does not widen the table. */
function usualWidth(rows: readonly FoundRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(rowWidth(row), (counts.get(rowWidth(row)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount || (count === bestCount && width > best)) [best, bestCount] = [width, count];
  }
  return best;
}

/**
 * Whether, read with `keys`, every row whose cells are all there adds up: its total is the sum
 * of its categories ("-" adds nothing). Undefined when no row can be checked.
 */
function rowsAddUp(rows: readonly FoundRow[], keys: readonly HeaderSlot[]): { checked: number; failed: number } | undefined {
  const totalAt = keys.indexOf('total');
  if (totalAt < 0) return undefined;
  let checked = 0;
  let failed = 0;
  for (const row of rows) {
    const cells = row.tabbed || row.typedCells.length === keys.length ? row.typedCells : row.cells;
    if (cells.length !== keys.length) continue;
    const readings = cells.map((cell) => readCell(cell.raw));
    if (readings.some((reading) => reading.kind !== 'number' && reading.kind !== 'not-applicable')) continue;
    const value = (index: number) => {
      const reading = readings[index];
      return reading?.kind === 'number' ? reading.value : 0;
    };
    const parts = keys.reduce((sum, key, index) => (key && key !== 'total' ? sum + value(index) : sum), 0);
    checked += 1;
    if (parts !== value(totalAt)) failed += 1;
  }
  return checked === 0 ? undefined : { checked, failed };
}

/**
 * The columns of a table, read by the words of its header: a column the header names is read
 * as that figure; a column it does not name is never read by position alone. Such a column is
 * read only where its figures settle it: the one column without a heading, where the headings
 * name every other column of the table, and with it every row adds up to its total. Otherwise
 * its figures are suggested by the usual order (Category 1, 2, 3, Total) and marked to check,
 * or not read when even that cannot place them. A header that names fewer columns than the rows
 * have, without showing where the gaps are, is read by the usual order only if the rows have the
 * usual number of columns; else the table is not read.
 */
export function columnsOf(rows: TableRows, withCategory4: boolean, mismatches: ColumnWarnings): TableColumns {
  const { header, tableId } = rows;
  const table = `“${TABLE_LABELS[tableId]}”`;
  if (header.kind === 'unmappable') {
    return {
      kind: 'stopped',
      message: `${header.problem}, so we cannot tell which number belongs to which category. The table "${TABLE_LABELS[tableId]}" was not read: type its figures in, or correct the headings and read the text again.`,
    };
  }
  const hasCategory4 = header.kind === 'none' ? withCategory4 : header.hasCategory4;
  if (header.kind !== 'none' && header.hasCategory4 !== withCategory4) mismatches.add(tableId, header.hasCategory4);
  const template: ColumnKey[] = [...categoriesOf(hasCategory4), 'total'];
  const width = Math.max(usualWidth(rows.rows), 1);
  const named = header.kind === 'none' ? [] : header.columns;
  const where = header.kind === 'none' ? '' : ` (line ${header.line.lineNumber})`;
  const usualOrder = template.map((key) => (key === 'total' ? 'Total' : `Category ${key.slice(-1)}`)).join(', ');

  const stopped = (what: string): TableColumns => ({
    kind: 'stopped',
    message: `The table "${TABLE_LABELS[tableId]}" ${what} but its rows have ${width} ${width === 1 ? 'figure' : 'figures'}, so we cannot tell which number belongs to which category. It was not read: type its figures in, or correct the headings and read the text again.`,
  });
  let slots: HeaderSlot[];
  let byTemplate = false;
  if (named.length >= width) {
    slots = [...named];
    while (slots.length > width && slots[slots.length - 1] === undefined) slots.pop();
    // Rows with fewer figures than the headings have columns: which column they lack is not said.
    if (slots.length > width) return stopped(`has headings${where} for ${slots.length} columns`);
  } else if (named.every((slot) => slot !== undefined) && width === template.length && inOrder(named, template)) {
    // The header names some columns and shows no gaps: the others can only be placed by the usual order.
    slots = template.map((key) => (named.includes(key) ? key : undefined));
    byTemplate = true;
  } else {
    return stopped(header.kind === 'none' ? 'has no column headings' : `has headings${where} for ${named.length} columns`);
  }

  const plan: ColumnPlan = { kind: 'columns', columns: [...slots], checks: new Map(), absent: [], notes: [], warnings: [] };
  const unnamed = slots.flatMap((slot, index) => (slot === undefined ? [index] : []));
  const missing = template.filter((key) => !slots.includes(key));
  // The missing columns, in the usual order, under the columns without a heading, if that keeps the usual order.
  const candidate = unnamed.length === missing.length ? slots.map((slot, index) => slot ?? missing[unnamed.indexOf(index)]) : undefined;
  const suggested =
    candidate && (header.kind === 'reordered' ? candidate[candidate.length - 1] === 'total' : inOrder(candidate, template)) ? candidate : undefined;
  const sums = suggested ? rowsAddUp(rows.rows, suggested) : undefined;
  const addsUp = sums !== undefined && sums.failed === 0;
  // Only a trailing total is settled by the figures where the header shows no gap: a category's place is not.
  const onlyOneUnknown = header.kind !== 'none' && unnamed.length === 1 && (missing[0] === 'total' || (!byTemplate && !missing.includes('total')));

  if (suggested && addsUp && onlyOneUnknown) {
    const at = unnamed[0] ?? 0;
    const key = suggested[at] ?? 'total';
    plan.columns = suggested;
    plan.notes.push(
      `Column ${at + 1} of the table ${table}${where} has no heading: read as ${columnName(key)}, because ${
        key === 'total'
          ? 'each of its figures is the sum of the others in its row'
          : 'it is the one column the headings leave out, and with it every row adds up to its total'
      }.`,
    );
    return plan;
  }
  if (suggested) {
    plan.columns = suggested;
    const why =
      sums === undefined
        ? 'nothing in the table confirms it'
        : sums.failed === 0
          ? 'the rows add up, but that cannot tell the categories apart'
          : `with it ${sums.failed} of ${sums.checked} rows ${sums.failed === 1 ? 'does' : 'do'} not add up to ${sums.failed === 1 ? 'its total' : 'their totals'}`;
    const checkAll = byTemplate || header.kind === 'none';
    for (let index = 0; index < suggested.length; index++) {
      if (!checkAll && slots[index] !== undefined) continue;
      const key = suggested[index] ?? 'total';
      plan.checks.set(
        index,
        header.kind === 'none'
          ? `No column headings: read as ${columnName(key)} by the usual order (${usualOrder}), but ${why}. Check it.`
          : slots[index] === undefined
            ? `Column ${index + 1} of this table has no heading${where}: read as ${columnName(key)}, where reports print it, but ${why}. Check it.`
            : `The headings${where} name only some of this table’s ${width} columns, so this column was placed by the usual order (${usualOrder}), and ${why}. Check it.`,
      );
    }
    return plan;
  }
  // Columns without a heading that cannot be placed are not read; the template's columns without one are asked about.
  for (const index of unnamed) {
    plan.warnings.push(
      `Column ${index + 1} of the table ${table}${where} has no heading and we cannot tell which figure it holds: its figures were not read. Type them in if you know them.`,
    );
  }
  return withAbsent(plan, missing, table, where);
}

/** The template's columns with no column in the table: their figures are asked about, never taken from a neighbour. */
function withAbsent(plan: ColumnPlan, missing: readonly ColumnKey[], table: string, where: string): ColumnPlan {
  for (const key of missing) {
    plan.absent.push({
      key,
      check: `The headings${where} of this table name no column for ${columnName(key)}, so this figure is not in it. Type it if the report gives it.`,
    });
  }
  if (missing.length > 0) {
    plan.warnings.push(
      `The table ${table}${where} has no column for ${missing.map(columnName).join(' or ')}: those figures are left empty, not taken from another column. Type them in if the report gives them.`,
    );
  }
  return plan;
}

/** The keys come in the template's order. */
function inOrder(keys: readonly HeaderSlot[], template: readonly ColumnKey[]): boolean {
  let last = -1;
  for (const key of keys) {
    if (key === undefined) continue;
    const at = template.indexOf(key);
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/** One warning per kind of mismatch between the tables' columns and the year, naming the tables. */
export class ColumnWarnings {
  private readonly extra: GridTableId[] = [];
  private readonly lacking: GridTableId[] = [];

  constructor(private readonly year: MappaYear | undefined) {}

  add(tableId: GridTableId, hasCategory4Column: boolean): void {
    (hasCategory4Column ? this.extra : this.lacking).push(tableId);
  }

  messages(): string[] {
    const names = (tables: GridTableId[]) => tables.map((table) => `"${TABLE_LABELS[table]}"`).join(', ');
    const messages: string[] = [];
    if (this.extra.length > 0) {
      messages.push(
        `${names(this.extra)} ${this.extra.length === 1 ? 'has' : 'have'} a category 4 column, but ${this.year ?? 'this year'} had no category 4: check the year. Category 4 figures were not imported.`,
      );
    }
    if (this.lacking.length > 0) {
      messages.push(
        `${names(this.lacking)} ${this.lacking.length === 1 ? 'has' : 'have'} no category 4 column, although ${this.year ?? 'the other tables'} ${this.year ? 'has category 4' : 'have one'}; those category 4 figures are left blank.`,
      );
    }
    return messages;
  }
}
