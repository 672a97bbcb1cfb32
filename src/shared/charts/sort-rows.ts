export type SortDirection = 'ascending' | 'descending';

/** What a row is ordered by in one column; undefined where the row has nothing in that column. */
export type SortKey = number | string | undefined;

const TEXT_ORDER = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return TEXT_ORDER.compare(a, b);
}

/**
 * Rows ordered by one column. Rows without a figure come last whichever way the column is sorted
 * (a gap is never the smallest value), then rows with nothing in this column; ties keep their order.
 */
export function sortRows<T>(rows: readonly T[], key: (row: T) => SortKey, direction: SortDirection, hasFigure: (row: T) => boolean): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const group = (row: T, rowKey: SortKey) => (!hasFigure(row) ? 2 : rowKey === undefined ? 1 : 0);
  return rows
    .map((row, index) => ({ row, index, key: key(row) }))
    .sort((a, b) => {
      const byGroup = group(a.row, a.key) - group(b.row, b.key);
      if (byGroup !== 0) return byGroup;
      const byKey = a.key === undefined || b.key === undefined ? 0 : sign * compareKeys(a.key, b.key);
      return byKey !== 0 ? byKey : a.index - b.index;
    })
    .map((entry) => entry.row);
}
