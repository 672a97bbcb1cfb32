import type { GridTableId } from '../../domain/labels';
import { findTableRows, MAX_ROW_CHARS, type TableRows } from './read-grid-table';
import { readSingleFigure, type SingleFigureRead } from './read-single-figure';
import { nextHeadingIndex, type Heading, type HeadingKind } from './report-headings';
import type { TextLine } from './text-lines';

/** A table never runs longer than this after its heading; it keeps a lost heading from swallowing the text. */
const MAX_TABLE_LINES = 30;
/** A text holding a table many times over is compared with this many later copies at most. */
export const MAX_LATER_COPIES = 20;
/** How far above a "Breach of …" sub-table its shared column header may sit. */
const MAX_HEADER_DISTANCE = 20;

export interface TextIndex {
  lines: readonly TextLine[];
  headings: readonly Heading[];
  /** The heading starting on a line, by line index. */
  headingAt: ReadonlyMap<number, Heading>;
  /** Whether a line is (part of) a heading. */
  isHeading: (index: number) => boolean;
}

export function indexText(lines: readonly TextLine[], headings: readonly Heading[]): TextIndex {
  const headingLines = new Set<number>();
  for (const heading of headings) for (let i = heading.index; i <= heading.endIndex; i++) headingLines.add(i);
  const headingAt = new Map(headings.map((heading) => [heading.index, heading]));
  return { lines, headings, headingAt, isHeading: (index) => headingLines.has(index) };
}

function headingsOf(text: TextIndex, kind: HeadingKind): Heading[] {
  return text.headings.filter((heading) => heading.kind === kind);
}

function regionAfter(text: TextIndex, heading: Heading): { start: number; end: number } {
  const start = heading.endIndex + 1;
  const end = Math.min(nextHeadingIndex(text.headings, heading.endIndex, text.lines.length), start + MAX_TABLE_LINES);
  return { start, end };
}

export interface LocatedTable {
  rows: TableRows;
  heading: Heading;
}

/**
 * A grid table: every heading of its kind followed by rows, in text order (a heading can also
 * turn up in the explanatory notes, where it has no rows). A second copy with rows is returned
 * too, so its figures can be compared with the first. With no rows anywhere, the first heading.
 */
export function locateGridTables(text: TextIndex, tableId: GridTableId): LocatedTable[] {
  const withRows: LocatedTable[] = [];
  let first: LocatedTable | undefined;
  for (const heading of headingsOf(text, tableId)) {
    const region = regionAfter(text, heading);
    const rows = findTableRows(tableId, text.lines, { ...region, headerStart: headerStartFor(text, heading) });
    const located = { rows, heading };
    if (rows.rows.length > 0) withRows.push(located);
    if (withRows.length > MAX_LATER_COPIES) break;
    first ??= located;
  }
  if (withRows.length > 0) return withRows;
  return first ? [first] : [];
}

/** The returned-to-custody sub-tables share the column header printed above "Breach of licence". */
function headerStartFor(text: TextIndex, heading: Heading): number {
  if (heading.kind !== 'breachOfLicence' && heading.kind !== 'breachOfOrder') return heading.endIndex + 1;
  for (let index = heading.index - 1; index >= Math.max(0, heading.index - MAX_HEADER_DISTANCE); index--) {
    const custody = text.headingAt.get(index);
    if (custody?.kind === 'returnedToCustody') return custody.endIndex + 1;
  }
  return heading.endIndex + 1;
}

export type LocatedFigure = SingleFigureRead & { headingLine?: TextLine; /** The same figure found again after a later heading. */ copies?: FoundFigure[] };
export type FoundFigure = Extract<SingleFigureRead, { kind: 'found' }>;

/** A figure printed after its own label (revocations, SRO breaches, the RSO rate). */
export function locateLabelledFigure(text: TextIndex, kind: HeadingKind): LocatedFigure {
  let result: LocatedFigure = { kind: 'none' };
  const copies: FoundFigure[] = [];
  for (const heading of headingsOf(text, kind)) {
    const read = readSingleFigure(text.lines, heading.endIndex, heading.text.slice(heading.matchEnd), 'lenient', text.isHeading);
    const headingLine = text.lines[heading.index];
    if (result.kind === 'found') {
      if (read.kind === 'found') copies.push(read);
      continue;
    }
    if (read.kind === 'found' || result.kind === 'none') result = { ...read, headingLine };
  }
  return result.kind === 'found' && copies.length > 0 ? { ...result, copies } : result;
}

const ORDER_ROWS = {
  'orders.shpoForeignTravel':
    /^(?:SHPOs?|sexual harm prevention orders?(?: \(SHPOs?\))?) with (?:an? )?foreign travel restrictions?(?: imposed by the courts)?/i,
  'orders.shpo': /^(?:SHPOs?|sexual harm prevention orders?(?: \(SHPOs?\))?)(?: imposed by the courts)?/i,
  'orders.notificationOrders': /^(?:NOs?|notification orders?)\b(?: \(NOs?\))?(?: imposed by the courts)?/i,
} as const;

export type OrderFigureId = keyof typeof ORDER_ROWS;

export interface LocatedOrders {
  /** The rows of the first orders table with any, then of each later copy. */
  copies: Map<OrderFigureId, SingleFigureRead>[];
  /** Lines that start with an order's label but could not be read. */
  problems: string[];
}

/** The three rows under the restrictive-orders heading, each label followed by nothing but its value. */
export function locateOrders(text: TextIndex): LocatedOrders {
  const copies: Map<OrderFigureId, SingleFigureRead>[] = [];
  const problems: string[] = [];
  for (const heading of headingsOf(text, 'orders')) {
    const found = new Map<OrderFigureId, SingleFigureRead>();
    const region = regionAfter(text, heading);
    for (let index = region.start; index < region.end; index++) {
      const line = text.lines[index]!;
      for (const [figureId, label] of Object.entries(ORDER_ROWS) as [OrderFigureId, RegExp][]) {
        if (found.has(figureId)) continue;
        const match = label.exec(line.flat);
        if (!match) continue;
        const remainder = line.flat.slice(match[0].length);
        const read = line.flat.length > MAX_ROW_CHARS ? { kind: 'none' as const } : readSingleFigure(text.lines, index, remainder, 'strict', text.isHeading);
        if (read.kind !== 'none') {
          found.set(figureId, read);
          break;
        }
        if (/\d/.test(remainder) && copies.length === 0) {
          problems.push(
            line.flat.length > MAX_ROW_CHARS
              ? `Line ${line.lineNumber} starts with "${match[0]}" but is ${line.flat.length.toLocaleString('en-GB')} characters long, too long for a table row; it was not read.`
              : `Line ${line.lineNumber} starts with "${match[0]}" but we could not read one figure after it ("${line.flat.slice(0, 80)}"); check it.`,
          );
          break;
        }
      }
    }
    if (found.size > 0) copies.push(found);
  }
  return { copies, problems };
}

/** "Breach of SOPO", "Breach of SHPO" or "Breach of SOPO/SHPO": the wording the report uses. */
export function orderWordingOf(heading: Heading | undefined): 'SOPO' | 'SHPO' | 'SOPO/SHPO' {
  const words = heading?.text.match(/\b(?:SOPO|SHPO)/gi)?.map((word) => word.toUpperCase()) ?? [];
  const hasSopo = words.includes('SOPO');
  const hasShpo = words.includes('SHPO');
  if (hasSopo && !hasShpo) return 'SOPO';
  if (hasShpo && !hasSopo) return 'SHPO';
  return 'SOPO/SHPO';
}

const RATE_BASIS_LINES = 12;

/** What the text after the rate says it was calculated from: the 2021 census or a mid-year estimate. */
export function rateBasisAfter(lines: readonly TextLine[], fromIndex: number): 'census-2021' | 'mid-year-estimate' | 'unknown' {
  for (let index = fromIndex; index < Math.min(lines.length, fromIndex + RATE_BASIS_LINES); index++) {
    const text = lines[index]!.flat.slice(0, 1000);
    const census = text.search(/\bcensus\b/i);
    const midYear = text.search(/\bmid[- ]?year\b|\bmid-20\d{2}\b/i);
    if (census < 0 && midYear < 0) continue;
    if (midYear < 0) return 'census-2021';
    if (census < 0) return 'mid-year-estimate';
    return census < midYear ? 'census-2021' : 'mid-year-estimate';
  }
  return 'unknown';
}
