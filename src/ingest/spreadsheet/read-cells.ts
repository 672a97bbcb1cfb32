import type { Cell } from '../../domain/cell';
import type { Provenance } from '../../domain/provenance';
import { MAX_COUNT, MAX_RATE } from '../common/figure-values';
import { splitMarkers } from '../common/note-markers';
import type { SheetCell } from './workbook-model';
import { cellText } from './workbook-model';

/** Counts of people must be whole and not negative; rates may have decimals. */
export type FigureKind = 'count' | 'rate';

/** GSS shorthand symbols, by letter, as their guidance words them. */
export const GSS_SYMBOLS: Readonly<Record<string, string>> = {
  x: 'not available',
  z: 'not applicable',
  c: 'confidential',
  u: 'low reliability',
  w: 'no or few cases',
  b: 'break in time series',
  e: 'estimated',
  p: 'provisional',
  r: 'revised',
};

/** Symbols that stand in place of a figure that was not published: never zero. */
const NOT_PUBLISHED = ['x', 'c', 'w'] as const;
type NotPublishedSymbol = (typeof NOT_PUBLISHED)[number];

export type CellReading =
  | {
      kind: 'value';
      value: number;
      /** Marked [u]: kept, and flagged wherever it is shown. */
      lowReliability: boolean;
      /** Other symbols beside the number, such as "p" (provisional). */
      symbols: string[];
      notes: string[];
      /** Why this number cannot be the figure: "-3 is negative …"; the figure is not imported. */
      problem?: string;
    }
  | { kind: 'not-applicable'; symbol: '[z]' | '-'; notes: string[] }
  | { kind: 'missing'; reason: 'blank' | `[${NotPublishedSymbol}]`; reasonText: string; notes: string[] }
  | { kind: 'error'; message: string; notes: string[] };

const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '\u2212']);
/** 1234, 1,234, 1 234 (any space), with an optional sign and decimals. */
const NUMBER = /^[+\-\u2212]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:\.\d+)?$/;
const DATE_LIKE = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})$/;

/**
 * Reads one cell where a figure should be. A blank is missing and "-" or [z] not applicable,
 * never 0; [x], [c] and [w] are not published, with the symbol kept as the reason; [u] keeps
 * the number and flags it; note markers are taken off and kept. Anything else that is not a
 * number is an error naming the cell.
 */
export function readFigureCell(cell: SheetCell | undefined, ref: string, expect: FigureKind = 'count'): CellReading {
  if (!cell) return { kind: 'missing', reason: 'blank', reasonText: 'blank', notes: [] };
  switch (cell.kind) {
    case 'number':
      return numberReading(cell.value, ref, expect, { lowReliability: false, symbols: [], notes: [] });
    case 'text':
      return textReading(cell.text, ref, expect);
    case 'date':
      return error(`${ref} holds a date (${cell.isoDate}), not a number: the column may be formatted as dates.`);
    case 'boolean':
      return error(`${ref} holds ${cellText(cell)}, not a number.`);
    case 'error':
      return error(`${ref} shows ${cell.text.startsWith('#') ? `the spreadsheet error ${cell.text}` : cell.text}, not a number.`);
  }
}

function error(message: string, notes: string[] = []): CellReading {
  return { kind: 'error', message, notes };
}

function textReading(raw: string, ref: string, expect: FigureKind): CellReading {
  const { text, notes, symbols } = splitMarkers(raw);
  const unknown = symbols.filter((symbol) => !(symbol in GSS_SYMBOLS));
  if (unknown.length > 0) return error(`${ref}: "${raw}" uses ${unknown.map((s) => `[${s}]`).join(', ')}, which is not a GSS symbol we know.`, notes);
  const notPublished = symbols.find((symbol): symbol is NotPublishedSymbol => (NOT_PUBLISHED as readonly string[]).includes(symbol));
  const notApplicable = symbols.includes('z') || DASHES.has(text);
  if (notPublished && notApplicable) return error(`${ref}: "${raw}" says both not published and not applicable.`, notes);

  if (text === '' || DASHES.has(text)) {
    if (notPublished) return { kind: 'missing', reason: `[${notPublished}]`, reasonText: GSS_SYMBOLS[notPublished] ?? notPublished, notes };
    if (notApplicable) return { kind: 'not-applicable', symbol: DASHES.has(text) ? '-' : '[z]', notes };
    const valueSymbols = symbols.map((symbol) => `[${symbol}]`);
    if (valueSymbols.length > 0) return error(`${ref}: ${valueSymbols.join(' ')} marks a number, but the cell has no number.`, notes);
    return { kind: 'missing', reason: 'blank', reasonText: 'blank', notes };
  }
  if (NUMBER.test(text)) {
    if (notPublished || notApplicable) return error(`${ref}: "${raw}" has both a number and a symbol saying there is none.`, notes);
    const value = Number(text.replace(/[,\s\u00a0\u2009\u202f]/g, '').replace('\u2212', '-'));
    const others = symbols.filter((symbol) => symbol !== 'u');
    return numberReading(value, ref, expect, { lowReliability: symbols.includes('u'), symbols: others, notes });
  }
  if (DATE_LIKE.test(text)) return error(`${ref} holds "${raw}", which looks like a date, not a number.`, notes);
  return error(`${ref} holds "${raw}", which is not a number.`, notes);
}

function numberReading(value: number, ref: string, expect: FigureKind, marks: { lowReliability: boolean; symbols: string[]; notes: string[] }): CellReading {
  const problem = numberProblem(value, expect);
  return { kind: 'value', value, ...marks, ...(problem ? { problem: `${ref}: ${String(value)} ${problem}.` } : {}) };
}

function numberProblem(value: number, expect: FigureKind): string | undefined {
  if (value < 0) return expect === 'count' ? 'is negative, and a count of people cannot be' : 'is negative, and a rate cannot be';
  if (expect === 'rate') return value > MAX_RATE ? 'is more than 100,000 per 100,000' : undefined;
  if (!Number.isInteger(value)) return 'is not a whole number, and a count of people must be';
  return value > MAX_COUNT ? 'is impossibly large for a count of people' : undefined;
}

/**
 * The report cell a reading stands for; undefined for an error or a number with a problem. A
 * [x], [c] or [w] from a source read `at` a cell ("Table_2!B7") is that source's "not published".
 */
export function readingToCell(reading: CellReading, source?: Provenance, at?: string): Cell | undefined {
  switch (reading.kind) {
    case 'value':
      if (reading.problem) return undefined;
      return source ? { kind: 'value', value: reading.value, source } : { kind: 'value', value: reading.value };
    case 'not-applicable':
      return { kind: 'not-applicable' };
    case 'missing':
      return reading.reason !== 'blank' && source && at
        ? { kind: 'missing', notPublishedBy: { source, symbol: reading.reason, cell: at } }
        : { kind: 'missing' };
    case 'error':
      return undefined;
  }
}
