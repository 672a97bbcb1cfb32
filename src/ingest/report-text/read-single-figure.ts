import { isValueToken, readCell, splitCells, wordsOf, type CellReading } from './text-cells';
import type { TextLine } from './text-lines';

/**
 * strict: after the label only the value may follow ("SHPO  253").
 * lenient: the label may run on in words before the value ("… per 100,000 population  145").
 */
export type LabelRule = 'strict' | 'lenient';

export type SingleFigureRead = { kind: 'found'; reading: CellReading; line: TextLine } | { kind: 'ambiguous'; line: TextLine } | { kind: 'none' };

const LOOK_AHEAD_LINES = 4;
const LOOK_AHEAD_VALUE_LINES = 2;
const MAX_CONTINUATION_CHARS = 200;

/**
 * The value that follows a label: on the label's own line (`remainder` is the text after the
 * label on `line`), or, when the label's line holds no value, on one of the next lines: a line
 * holding only the value, or (lenient) the label's wrapped words then the value in its own cell.
 * Stops at the next heading (`isHeading`).
 */
export function readSingleFigure(
  lines: readonly TextLine[],
  lineIndex: number,
  remainder: string,
  rule: LabelRule,
  isHeading: (index: number) => boolean,
): SingleFigureRead {
  const line = lines[lineIndex];
  if (!line) return { kind: 'none' };
  const words = wordsOf(remainder);
  if (words.length > 0) {
    const onLine = valueAtEnd(words, rule);
    if (onLine !== 'continues') return withLine(onLine, line);
  }
  let valueLines = 0;
  for (let index = lineIndex + 1; index <= lineIndex + LOOK_AHEAD_LINES && index < lines.length; index++) {
    const next = lines[index]!;
    if (next.flat === '') continue;
    if (isHeading(index) || valueLines >= LOOK_AHEAD_VALUE_LINES) break;
    valueLines += 1;
    const found = valueOnOwnCell(next, rule);
    if (found) return withLine(found, next);
    if (rule === 'strict') break;
  }
  return { kind: 'none' };
}

type OnLine = { kind: 'found'; reading: CellReading } | { kind: 'ambiguous' } | { kind: 'none' } | 'continues';

function valueAtEnd(words: readonly string[], rule: LabelRule): OnLine {
  const whole = readCell(words.join(' '));
  if (whole.kind === 'number' || whole.kind === 'not-applicable') return { kind: 'found', reading: whole };
  const last = words[words.length - 1]!;
  if (!isValueToken(last)) return rule === 'lenient' ? 'continues' : { kind: 'none' };
  if (rule === 'strict') return { kind: 'none' };
  const beforeLast = words[words.length - 2]!;
  if (!isValueToken(beforeLast)) return { kind: 'found', reading: readCell(last) };
  // "… population 145 2": a figure and its note number, unless a third number makes it a list.
  const withNote = readCell(`${beforeLast} ${last}`);
  const third = words[words.length - 3];
  if (withNote.kind === 'number' && withNote.marks && (third === undefined || !isValueToken(third))) return { kind: 'found', reading: withNote };
  return { kind: 'ambiguous' };
}

function valueOnOwnCell(line: TextLine, rule: LabelRule): { kind: 'found'; reading: CellReading } | undefined {
  const cells = splitCells(line.norm)
    .map((cell) => cell.raw.trim())
    .filter((cell) => cell !== '');
  const last = cells[cells.length - 1];
  if (last === undefined || !isValueToken(last)) return undefined;
  if (cells.length === 1) return { kind: 'found', reading: readCell(last) };
  const before = cells[cells.length - 2]!;
  const wrappedLabel = rule === 'lenient' && line.flat.length <= MAX_CONTINUATION_CHARS && !isValueToken(before);
  return wrappedLabel ? { kind: 'found', reading: readCell(last) } : undefined;
}

function withLine(read: Exclude<OnLine, 'continues'>, line: TextLine): SingleFigureRead {
  return read.kind === 'none' ? read : { ...read, line };
}
