/**
 * Reading the cells of a table row typed as text: tabs or runs of two or more spaces
 * separate cells; numbers may carry thousands separators; a dash means "not applicable".
 * A number wearing marks (a footnote star, brackets, an HTML tag, a note number after it)
 * is read, with `marks` saying what was taken off so the review can ask the user to check it.
 */

export type CellReading =
  { kind: 'number'; value: number; raw: string; marks?: string } | { kind: 'not-applicable'; raw: string } | { kind: 'blank' } | { kind: 'text'; raw: string };

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
  if (isPlainNumber(text)) return { kind: 'number', value: Number(text.replace(/,/g, '')), raw: text };
  const undecorated = stripMarks(text);
  if (undecorated) return { kind: 'number', value: Number(undecorated.number.replace(/,/g, '')), raw: text, marks: undecorated.marks.join(' and ') };
  return { kind: 'text', raw: text };
}

function isPlainNumber(text: string): boolean {
  return PLAIN_NUMBER.test(text) || GROUPED_NUMBER.test(text);
}

const MAX_DECORATED_CHARS = 1000;
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const BRACKETED = /^(?:\((.+)\)|\[(.+)\])$/;
/** Footnote marks: * † ‡ § ¶ # ^ and superscript digits. */
const LEADING_MARKS = /^[*\u2020\u2021\u00A7\u00B6#^\u00B9\u00B2\u00B3\u2070-\u2079]+/;
const TRAILING_MARKS = /[*\u2020\u2021\u00A7\u00B6#^\u00B9\u00B2\u00B3\u2070-\u2079]+$/;
/** "253 12", "253 (a)", "253[1]": a note number or letter after the figure. */
const TRAILING_NOTE = /^(\S+?)\s*(?:\s(\d{1,2})|[([](\d{1,2}|[a-z])[)\]])$/i;

/**
 * The number inside marks, and what the marks were ("has the mark *", "is in brackets"), or
 * undefined when what is left is not a number. Marks are peeled off in layers: "(<b>253</b>)*".
 */
function stripMarks(text: string): { number: string; marks: string[] } | undefined {
  if (text.length > MAX_DECORATED_CHARS) return undefined;
  const marks: string[] = [];
  let rest = text;
  for (let layer = 0; layer < 4 && !isPlainNumber(rest); layer++) {
    const before = rest;
    const tags = rest.match(TAG);
    if (tags) {
      marks.push(`is wrapped in the tag ${tags[0]}`);
      rest = rest.replace(TAG, '').trim();
    }
    const bracketed = BRACKETED.exec(rest);
    if (bracketed) {
      marks.push('is in brackets (which can mean a negative number or a note)');
      rest = (bracketed[1] ?? bracketed[2] ?? '').trim();
    }
    const leading = LEADING_MARKS.exec(rest)?.[0];
    const trailing = TRAILING_MARKS.exec(rest)?.[0];
    if (leading || trailing) {
      marks.push(`has the mark ${[leading, trailing].filter(Boolean).join(' and ')}`);
      rest = rest.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').trim();
    }
    const note = TRAILING_NOTE.exec(rest);
    if (note?.[1] && isPlainNumber(note[1])) {
      marks.push(`is followed by ${note[2] ?? note[3] ?? ''}, which looks like a note number`);
      rest = note[1];
    }
    if (rest === before) break;
  }
  return marks.length > 0 && isPlainNumber(rest) ? { number: rest, marks } : undefined;
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
 * The value cells after a row label ("Level 1", "Total"), as tabs and runs of spaces separate
 * them. Trailing empty cells are dropped; blank cells inside stay.
 */
export function typedCellsOf(remainder: string, offset: number): RowCell[] {
  const cells = splitCells(remainder, offset);
  if (cells[0]?.raw.trim() === '' && cells.length > 1) cells.shift();
  while (cells.length > 0 && cells[cells.length - 1]!.raw.trim() === '') cells.pop();
  return cells;
}

export function expandSpacedValues(cell: RowCell): RowCell[] {
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
