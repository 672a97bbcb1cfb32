import { TABLE_LABELS, type GridTableId } from '../../domain/labels';
import type { MappaYear } from '../../domain/years';
import type { TableRows } from './read-grid-table';

/** How many category columns a table has: as its header says; without a header, as the template. */
export function columnsOf(rows: TableRows, withCategory4: boolean, mismatches: ColumnWarnings): 3 | 4 {
  if (!rows.headerFound) return withCategory4 ? 4 : 3;
  if (rows.headerHasCategory4 !== withCategory4) mismatches.add(rows.tableId, rows.headerHasCategory4);
  return rows.headerHasCategory4 ? 4 : 3;
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
