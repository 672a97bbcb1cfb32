/**
 * Reading the cells of a table row typed as text: tabs or runs of two or more spaces
 * separate cells; numbers may carry thousands separators; a dash means "not applicable".
 */

export type CellReading =
  { kind: 'number'; value: number; raw: string } | { kind: 'not-applicable'; raw: string } | { kind: 'blank' } | { kind: 'text'; raw: string };

/** A cell of a row with its place in the line (used to line up space-separated columns). */
export interface RowCell {
  raw: string;
  start: number;
  end: number;
}

const DASHES = new Set(['-', '\u2013', '\u2014', '\u2212']);
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const CELL_SEPARATOR = / *\t *| {2,}/g;

export function readCell(raw: string): CellReading {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  if (DASHES.has(text)) return { kind: 'not-applicable', raw: text };
  if (PLAIN_NUMBER.test(text) || GROUPED_NUMBER.test(text)) {
    return { kind: 'number', value: Number(text.replace(/,/g, '')), raw: text };
  }
  return { kind: 'text', raw: text };
}

/** A number or a dash: something a table cell can hold. */
export function isValueToken(token: string): boolean {
  const kind = readCell(token).kind;
  return kind === 'number' || kind === 'not-applicable';
}

/** Splits a line into cells on tabs and runs of 2+ spaces, keeping empty cells (blank columns). */
export function splitCells(line: string, offset = 0): RowCell[] {
  const cells: RowCell[] = [];
  let start = 0;
  for (const separator of line.matchAll(CELL_SEPARATOR)) {
    const index = separator.index;
    cells.push({ raw: line.slice(start, index), start: offset + start, end: offset + index });
    start = index + separator[0].length;
  }
  cells.push({ raw: line.slice(start), start: offset + start, end: offset + line.length });
  return cells;
}

/**
 * The value cells after a row label ("Level 1", "Total"): the remainder of the line split into
 * cells, where a cell holding several numbers separated by single spaces ("3669 1763 1 5432")
 * becomes one cell per number. Trailing empty cells are dropped; blank cells inside stay.
 */
export function valueCellsOf(remainder: string, offset: number): RowCell[] {
  const cells = splitCells(remainder, offset);
  if (cells[0]?.raw.trim() === '' && cells.length > 1) cells.shift();
  while (cells.length > 0 && cells[cells.length - 1]!.raw.trim() === '') cells.pop();
  return cells.flatMap(expandSpacedValues);
}

function expandSpacedValues(cell: RowCell): RowCell[] {
  const tokens = [...cell.raw.matchAll(/\S+/g)];
  if (tokens.length < 2 || !tokens.every((token) => isValueToken(token[0]))) return [cell];
  return tokens.map((token) => ({
    raw: token[0],
    start: cell.start + token.index,
    end: cell.start + token.index + token[0].length,
  }));
}

/** Whitespace-separated words of a piece of text. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}
