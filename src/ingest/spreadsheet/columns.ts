import { TABLE_LABELS, type GridTableId } from '../../domain/labels';
import { describeFigure } from '../common/figure-values';
import { LEAVE_OUT, questionId, sheetCell, type AnswerChoice, type IngestQuestion } from '../common/question';
import { columnLetters } from './cell-ref';
import { figureChoices, type ColumnSuggestion, type FigureChoice, type MappingConfidence } from './map-columns';
import type { ChoiceProblem } from './sheets';
import type { ColumnChoice } from './spreadsheet-import';

export const CONFIDENCE_WORDS: Record<MappingConfidence, string> = {
  high: 'sure',
  medium: 'fairly sure',
  low: 'unsure: check',
};

/** Every report figure for the column selects, grouped by the table it belongs to. */
function figureChoiceGroups(): { label: string; choices: FigureChoice[] }[] {
  const groups = new Map<string, FigureChoice[]>();
  for (const choice of figureChoices()) {
    const table = choice.figureId.split('.')[0] ?? '';
    const label = table in TABLE_LABELS ? TABLE_LABELS[table as GridTableId] : 'Other figures';
    groups.set(label, [...(groups.get(label) ?? []), choice]);
  }
  return [...groups].map(([label, choices]) => ({ label, choices }));
}

/**
 * The figure of each column of a table, one question per column, in order. The figure its
 * heading names is suggested (a column with none: left out); only a suggestion we are sure of
 * is settled, so an unplaced, assumed or doubtful column is asked.
 */
export function columnQuestions(file: string, sheetName: string, suggestions: readonly ColumnSuggestion[]): IngestQuestion[] {
  const choices: AnswerChoice[] = [
    { value: LEAVE_OUT, label: 'Leave this column out' },
    ...figureChoiceGroups().flatMap((group) => group.choices.map((choice) => ({ value: choice.figureId, label: choice.label, group: group.label }))),
  ];
  return suggestions.map((column) => {
    const suggestion = column.suggestion;
    return {
      id: questionId('column-figure', file, sheetCell(sheetName, column.ref)),
      kind: 'column-figure',
      what: `Which figure does column ${columnLetters(column.column)} (“${column.header || `no heading in ${column.ref}`}”) hold?`,
      why: suggestion
        ? `${describeFigure(suggestion.figureId)} (${CONFIDENCE_WORDS[suggestion.confidence]}): ${suggestion.reason}`
        : 'None: the heading names no figure we know.',
      where: { file, sheet: sheetName, cell: column.ref, column: column.column },
      choices,
      suggested: suggestion?.figureId ?? LEAVE_OUT,
      settled: suggestion?.confidence === 'high',
    };
  });
}

/** The columns to read, or what is still to answer: no figure in two columns, and at least one column. */
export function checkColumnChoices(
  questions: readonly IngestQuestion[],
  answerOf: (question: IngestQuestion) => string | undefined,
  describe: (figureId: string) => string,
): { chosen: ColumnChoice[]; problems: ChoiceProblem[] } {
  const problems: ChoiceProblem[] = [];
  const chosen: ColumnChoice[] = [];
  const firstColumnOf = new Map<string, number>();
  for (const question of questions) {
    const column = question.where.column ?? 0;
    const figureId = answerOf(question);
    if (figureId === undefined || figureId === '') {
      problems.push({ at: column, message: question.what });
      continue;
    }
    if (figureId === LEAVE_OUT) continue;
    const earlier = firstColumnOf.get(figureId);
    if (earlier !== undefined) {
      problems.push({
        at: column,
        message: `Columns ${columnLetters(earlier)} and ${columnLetters(column)} are both “${describe(figureId)}”: choose another figure for one, or leave it out.`,
      });
      continue;
    }
    firstColumnOf.set(figureId, column);
    chosen.push({ column, figureId });
  }
  if (chosen.length === 0 && problems.length === 0) {
    problems.push({ at: questions[0]?.where.column ?? 0, message: 'Choose the figure of at least one column: every column is left out.' });
  }
  return { chosen, problems };
}
