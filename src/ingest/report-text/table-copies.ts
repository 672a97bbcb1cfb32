import { formatNumber } from '../../lib/format';
import { describeFigure, numberProblem, type FigureValue } from '../common/figure-values';
import type { CellReading } from './text-cells';
import type { TextLine } from './text-lines';

/** A figure as a later copy of its table gives it. */
export interface CopyFigure {
  figureId: string;
  value: FigureValue;
  line: TextLine;
}

/** What the first copy gave for a figure: its value and the line it came from. */
export interface FirstFigure {
  value: FigureValue;
  lineNumber: number | undefined;
}

export interface CopyDifference {
  figureId: string;
  first: FirstFigure;
  copy: CopyFigure;
}

/** The value a reading gives, as the first copy's would be kept: impossible numbers and words give none. */
export function readingValue(figureId: string, reading: CellReading): FigureValue {
  if (reading.kind === 'not-applicable') return '-';
  if (reading.kind === 'number' && !numberProblem(figureId, reading.value)) return reading.value;
  return null;
}

/**
 * The figures a later copy gives differently from the first. A copy that leaves a figure out
 * does not disagree; one that gives a figure the first left blank does.
 */
export function copyDifferences(first: (figureId: string) => FirstFigure, copy: readonly CopyFigure[]): CopyDifference[] {
  return copy.flatMap((figure) => {
    const kept = first(figure.figureId);
    return figure.value !== null && figure.value !== kept.value ? [{ figureId: figure.figureId, first: kept, copy: figure }] : [];
  });
}

function showValue(value: FigureValue): string {
  if (value === null) return 'blank';
  if (value === '-') return '“-” (not applicable)';
  return Number.isInteger(value) ? formatNumber(value) : String(value);
}

const LISTED = 3;

/** One warning for a copy that disagrees, naming the first few figures that differ. */
export function copyWarning(what: string, copyLine: number, differences: readonly CopyDifference[]): string {
  const listed = differences.slice(0, LISTED).map(({ figureId, first, copy }) => {
    const firstPart = first.lineNumber === undefined ? 'not found in the first copy' : `${showValue(first.value)} on line ${first.lineNumber}`;
    return `${describeFigure(figureId)} is ${firstPart} but ${showValue(copy.value)} on line ${copy.line.lineNumber}`;
  });
  const more = differences.length > LISTED ? `; and ${differences.length - LISTED} more` : '';
  return `${what} appears again from line ${copyLine} with different figures: ${listed.join('; ')}${more}. We kept the first copy's figures; check the figures marked “check this”.`;
}

/** The note shown beside a figure that a later copy gives differently. */
export function copyCheck(difference: CopyDifference): string {
  return `A second copy of this table (line ${difference.copy.line.lineNumber}) gives ${showValue(difference.copy.value)}.`;
}
