import type { RowCell } from './text-cells';

/** How far (in characters) a number may sit from its column and still belong to it. */
const SLACK = 1;

/**
 * Places the numbers of a short space-separated row (one with blank cells, which spaces cannot
 * show) under the columns of the table's complete rows, by where they sit on the line.
 * Returns undefined unless every number falls under exactly one column, in order:
 * we never guess which column a number belongs to.
 */
export function alignToColumns(
  cells: readonly RowCell[],
  completeRows: readonly (readonly RowCell[])[],
  columnCount: number,
): (RowCell | undefined)[] | undefined {
  if (completeRows.length === 0) return undefined;
  const spans = Array.from({ length: columnCount }, (_, column) => ({
    start: Math.min(...completeRows.map((row) => row[column]?.start ?? Infinity)),
    end: Math.max(...completeRows.map((row) => row[column]?.end ?? -Infinity)),
  }));
  const placed: (RowCell | undefined)[] = Array.from({ length: columnCount }, () => undefined);
  let lastColumn = -1;
  for (const cell of cells) {
    const columns = spans.flatMap((span, column) => (cell.start < span.end + SLACK && cell.end > span.start - SLACK ? [column] : []));
    const column = columns[0];
    if (columns.length !== 1 || column === undefined || column <= lastColumn) return undefined;
    placed[column] = cell;
    lastColumn = column;
  }
  return placed;
}
