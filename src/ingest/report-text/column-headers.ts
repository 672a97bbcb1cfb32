import { CATEGORY_SHORT_LABELS } from '../../domain/labels';
import type { CategoryKey } from '../../domain/report-schema';
import { splitCells } from './text-cells';
import type { TextLine } from './text-lines';

/** What a value column of a grid table holds. */
export type ColumnKey = CategoryKey | 'total';

/** A column as the header lays it out: the figure its words name, or undefined where it has no heading (blank, or words naming no column). */
export type HeaderSlot = ColumnKey | undefined;

/**
 * How the header above a table names its columns (`columns`, left to right, one slot per cell
 * the header shows; a slot without a heading is undefined and never filled by position alone):
 * - none: no header line;
 * - template: the columns it names come in the template's order;
 * - reordered: it names every category, in another order; a total it leaves unnamed is a
 *   trailing slot without a heading;
 * - unmappable: the header cannot be matched to columns; the table is not read.
 */
export type HeaderReading =
  | { kind: 'none' }
  | { kind: 'template'; columns: HeaderSlot[]; hasCategory4: boolean; line: TextLine }
  | { kind: 'reordered'; columns: HeaderSlot[]; hasCategory4: boolean; line: TextLine }
  | { kind: 'unmappable'; problem: string; line: TextLine };

const EXPLICIT = /\b(?:category|cat\.?)\s*([1-4])\b|\b(totals?)\b/gi;
const DESCRIPTIVE: readonly [CategoryKey, RegExp][] = [
  ['category1', /\b(?:registered\s+)?sex(?:ual)?\s+offen(?:ders?|ces)\b|\bRSOs?\b/gi],
  ['category2', /\bviolent\b/gi],
  ['category3', /\b(?:other\s+)?dangerous\b/gi],
  ['category4', /\bterroris[mt]s?\b/gi],
];
/** A header cell is a few words; more words besides the category names make it prose. */
const MAX_OTHER_WORDS = 2;
const MAX_CELL_CHARS = 80;

/** A column named by the header: its key, the words that named it, or a gap (a blank or unknown cell). */
type HeaderColumn = { key: ColumnKey; words: string } | { key: undefined; words: string };

interface LineColumns {
  line: TextLine;
  columns: HeaderColumn[];
  /** A cell whose words name two categories with no number to choose between them. */
  ambiguous?: string;
}

/**
 * Reads the column headings from the lines above a table's first row. Lines that name no
 * category, or read as prose, are passed over. Never guesses: a header that names columns out
 * of the template's order must name every one of them, once.
 */
export function readColumnHeaders(lines: readonly TextLine[]): HeaderReading {
  const headers = lines.flatMap((line) => {
    const columns = lineColumns(line);
    return columns ? [columns] : [];
  });
  if (headers.length === 0) return { kind: 'none' };
  const hasCategory4 = headers.some((header) => header.columns.some((column) => column.key === 'category4'));
  const readings = headers.map((header) => ({ header, reading: mapLine(header, hasCategory4) }));
  const problem = readings.find(({ reading }) => reading.kind === 'unmappable')?.reading;
  if (problem) return problem;
  // A line naming one column says nothing about order (a wrapped heading's second line).
  const ordering = readings.filter(({ header }) => header.columns.filter((column) => column.key).length >= 2);
  const reordered = ordering.find(({ reading }) => reading.kind === 'reordered');
  if (!reordered) {
    // The line naming the most columns lays them out (a wrapped heading's other lines agree with it).
    const named = (header: LineColumns) => header.columns.filter((column) => column.key).length;
    const best = readings.reduce((most, candidate) => (named(candidate.header) > named(most.header) ? candidate : most));
    return { kind: 'template', columns: best.header.columns.map((column) => column.key), hasCategory4, line: best.header.line };
  }
  // An unnamed last column stands for the total a wrapped line names.
  const columnsOf = (reading: HeaderReading) => (reading.kind === 'reordered' ? reading.columns.map((key) => key ?? 'total').join() : 'template');
  const disagreeing = ordering.find(({ reading }) => columnsOf(reading) !== columnsOf(reordered.reading));
  if (disagreeing) {
    const [first, second] = [reordered.header.line.lineNumber, disagreeing.header.line.lineNumber].sort((a, b) => a - b);
    return {
      kind: 'unmappable',
      problem: `The column headings on lines ${first} and ${second} give the columns in different orders`,
      line: reordered.header.line,
    };
  }
  // The line that names the total, where one does, lays the columns out.
  const naming = ordering.find(({ reading }) => reading.kind === 'reordered' && !reading.columns.includes(undefined));
  return (naming ?? reordered).reading;
}

function mapLine(header: LineColumns, hasCategory4: boolean): HeaderReading {
  const { line, columns } = header;
  if (header.ambiguous) {
    return { kind: 'unmappable', problem: `The column heading “${header.ambiguous}” on line ${line.lineNumber} could mean more than one category`, line };
  }
  const named = columns.flatMap((column) => (column.key ? [column.key] : []));
  const twice = named.find((key, index) => named.indexOf(key) !== index);
  if (twice) {
    return { kind: 'unmappable', problem: `The column headings on line ${line.lineNumber} name ${columnName(twice)} twice`, line };
  }
  const template: ColumnKey[] = [...(hasCategory4 ? CATEGORY_KEYS : CATEGORY_KEYS.slice(0, 3)), 'total'];
  if (inTemplateOrder(columns, template)) return { kind: 'template', columns: columns.map((column) => column.key), hasCategory4, line };
  // A header that names every column it has is read by its words, in any order; the columns it
  // does not have are asked about. One with a column it does not name is read only in the usual order.
  const gaps = columns.filter((column) => !column.key);
  const complete = gaps.length === 0 && named.every((key) => template.includes(key));
  if (!complete) {
    const unknown = gaps.find((column) => column.words !== '');
    const order = columns.map((column) => (column.key ? columnName(column.key) : column.words ? `“${column.words}”` : '(blank)')).join(', ');
    return {
      kind: 'unmappable',
      problem: unknown
        ? `The column heading “${unknown.words}” on line ${line.lineNumber} is not a MAPPA category or Total, and the other headings are not in the usual order`
        : `The column headings on line ${line.lineNumber} give the columns in an unusual order (${order}) without naming every column`,
      line,
    };
  }
  // Reports print the total last: a reordered header may leave it unnamed only there, as a slot
  // without a heading that the figures must show to be the total.
  const ordered: HeaderSlot[] = named.includes('total') ? named : [...named, undefined];
  return { kind: 'reordered', columns: ordered, hasCategory4, line };
}

const CATEGORY_KEYS: readonly CategoryKey[] = ['category1', 'category2', 'category3', 'category4'];

/**
 * The header agrees with the template when the columns it names come in the template's order
 * and, when it has a cell for every column (tabs show blank ones), each sits at its own place.
 */
function inTemplateOrder(columns: readonly HeaderColumn[], template: readonly ColumnKey[]): boolean {
  let last = -1;
  for (const column of columns) {
    if (!column.key) continue;
    const at = template.indexOf(column.key);
    if (at <= last) return false;
    last = at;
  }
  if (columns.length !== template.length) return true;
  return columns.every((column, index) => !column.key || template[index] === column.key);
}

function columnName(key: ColumnKey): string {
  return key === 'total' ? '“Total”' : `“${CATEGORY_SHORT_LABELS[key]}”`;
}

/** The columns a line names, or undefined when it is not a header line (no category named, or prose). */
function lineColumns(line: TextLine): LineColumns | undefined {
  if (line.flat === '' || line.flat.length > 300 || /^level\b/i.test(line.flat) || /[.!?]$/.test(line.flat)) return undefined;
  const cells = splitCells(line.norm).map((cell) => cell.raw.trim());
  while (cells[cells.length - 1] === '') cells.pop();
  const columns: HeaderColumn[] = [];
  let ambiguous: string | undefined;
  const singleCell = cells.filter((cell) => cell !== '').length === 1;
  for (const cell of cells) {
    if (cell.length > MAX_CELL_CHARS) return undefined;
    const read = cellColumns(cell, singleCell);
    if (read === 'prose') return undefined;
    if (read === 'ambiguous') ambiguous ??= cell;
    else if (read.length === 0) columns.push({ key: undefined, words: cell });
    else columns.push(...read);
  }
  // A label over the row names ("MAPPA level") sits before the first category.
  while (columns[0] && !columns[0].key) columns.shift();
  if (!columns.some((column) => column.key && column.key !== 'total') && !ambiguous) return undefined;
  return { line, columns, ambiguous };
}

/**
 * The columns one cell names. "Category 2: Violent offenders" is one column; a line typed with
 * single spaces ("Violent Category 1 Other dangerous Total") is one cell holding several.
 */
function cellColumns(cell: string, singleCell: boolean): HeaderColumn[] | 'ambiguous' | 'prose' {
  if (cell === '') return [];
  const explicit = [...cell.matchAll(EXPLICIT)].map((match) => ({
    key: (match[2] ? 'total' : `category${match[1]}`) as ColumnKey,
    at: match.index,
    end: match.index + match[0].length,
  }));
  const descriptive = DESCRIPTIVE.flatMap(([key, pattern]) =>
    [...cell.matchAll(pattern)].map((match) => ({ key: key as ColumnKey, at: match.index, end: match.index + match[0].length })),
  );
  let other = cell;
  for (const mention of [...explicit, ...descriptive].sort((a, b) => b.at - a.at)) other = other.slice(0, mention.at) + ' ' + other.slice(mention.end);
  if ((other.match(/[a-z]{2,}/gi) ?? []).length > MAX_OTHER_WORDS + explicit.length) return 'prose';

  // Words after "Category N" describe that category; only before the first "Category N" do words name columns.
  const firstExplicit = explicit.find((mention) => mention.key !== 'total')?.at ?? cell.length;
  const mentions = [...descriptive.filter((mention) => mention.at < firstExplicit), ...explicit].sort((a, b) => a.at - b.at);
  const columns: HeaderColumn[] = [];
  for (const mention of mentions) {
    const previous = columns[columns.length - 1];
    if (previous?.key === mention.key) continue;
    columns.push({ key: mention.key, words: cell.slice(mention.at, mention.end) });
  }
  if (explicit.length === 0 && columns.length > 1 && !singleCell) return 'ambiguous';
  return columns;
}
