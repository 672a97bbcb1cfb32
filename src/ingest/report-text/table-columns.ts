import { TABLE_LABELS, type GridTableId } from '../../domain/labels';
import type { MappaYear } from '../../domain/years';
import type { ColumnKey } from './column-headers';
import type { TableRows } from './read-grid-table';
import { categoriesOf } from '../common/report-figure-ids';

export type TableColumns = { kind: 'columns'; columns: ColumnKey[] } | { kind: 'stopped'; message: string };

/**
 * The value columns of a table, in the order the text prints them: as its header names them;
 * without a header, as the template. A header that cannot be mapped stops the table.
 */
export function columnsOf(rows: TableRows, withCategory4: boolean, mismatches: ColumnWarnings): TableColumns {
  const { header } = rows;
  switch (header.kind) {
    case 'none':
      return { kind: 'columns', columns: [...categoriesOf(withCategory4), 'total'] };
    case 'unmappable':
      return {
        kind: 'stopped',
        message: `${header.problem}, so we cannot tell which number belongs to which category. The table "${TABLE_LABELS[rows.tableId]}" was not read: type its figures in, or correct the headings and read the text again.`,
      };
    case 'template':
    case 'reordered':
      if (header.hasCategory4 !== withCategory4) mismatches.add(rows.tableId, header.hasCategory4);
      return { kind: 'columns', columns: header.kind === 'reordered' ? header.columns : [...categoriesOf(header.hasCategory4), 'total'] };
  }
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
