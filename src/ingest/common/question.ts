/**
 * Where in a source file something is: the file, then the page and line of a report's text, or
 * the sheet and cell of a spreadsheet.
 */
export interface SourcePlace {
  file: string;
  /** The PDF page, from 1. */
  page?: number;
  /** The line of the text, from 1. */
  line?: number;
  sheet?: string;
  /** A cell, like "B7". */
  cell?: string;
  /** The cell's row and column in the sheet, from 0, for code that works with the grid. */
  row?: number;
  column?: number;
}

export type IngestQuestionKind =
  /** Which area a report is for. */
  | 'report-area'
  /** Which year a report covers. */
  | 'report-year'
  /** A figure to look at twice: a mark taken off the number, or a later copy of its table giving another. */
  | 'figure-check'
  /** Which row of a sheet holds a table's headings. */
  | 'header-row'
  /** Which column of a table names the areas. */
  | 'area-column'
  /** Which area a row's name is. */
  | 'area-name'
  /** Which report figure a column holds. */
  | 'column-figure'
  /** Which year a table's figures are for. */
  | 'table-year'
  /** A table in a shape we do not read (a regional report's table by area): left out unless entered by hand. */
  | 'table-shape'
  /** Which value to publish where sources (files read, or the figures held already) give different ones. */
  | 'figure-differs';

export interface AnswerChoice {
  value: string;
  label: string;
  /** A heading to group the choices under (the table a figure belongs to). */
  group?: string;
}

/**
 * A question reading a file raises where the answer would otherwise be a guess. It is data: the
 * browser asks it on screen, the command line writes it to a questions file and reads the
 * answers back by `id`. Nothing it concerns is used until it is answered, except a suggestion a
 * rule found (a name matched, a heading read; never prose), and only where `settled` says so.
 */
export interface IngestQuestion {
  /** The same for the same question about the same file, run after run: "area-name|tables.xlsx|Table_3!A7". */
  id: string;
  kind: IngestQuestionKind;
  /** The question in words, as the screen asks it. */
  what: string;
  /** What was found, or why it is asked, as the screen says it beside the question. */
  why?: string;
  where: SourcePlace;
  /** The report figure it is about, for a question about one figure. */
  figureId?: string;
  /** The answers it takes (a choice's value). */
  choices: readonly AnswerChoice[];
  /** A figure typed is an answer too: a number, "-" (not applicable) or "" (not published). */
  takesFigure?: boolean;
  /** The answer a rule found, shown chosen on screen for the reader to confirm. */
  suggested?: string;
  /** The suggestion stands without an answer (a name matched exactly, a heading that says which figure). */
  settled: boolean;
}

/** A question's id → its answer. */
export type IngestAnswers = Readonly<Record<string, string>>;

/** The answer for a row or column that is not imported. */
export const LEAVE_OUT = 'leave-out';

/** "area-name|tables.xlsx|Table_3!A7": a question's id from its kind, file and place. */
export function questionId(kind: IngestQuestionKind, file: string, ...place: readonly string[]): string {
  return [kind, file, ...place].join('|');
}

/** "seed.pdf, page 3, line 40" or "tables.xlsx, sheet Table_2, cell B7": a place as a reader finds it. */
export function placeWords(where: SourcePlace): string {
  return [
    where.file,
    ...(where.page === undefined ? [] : [`page ${where.page}`]),
    ...(where.line === undefined ? [] : [`line ${where.line}`]),
    ...(where.sheet === undefined ? [] : [`sheet ${where.sheet}`]),
    ...(where.cell === undefined ? [] : [`cell ${where.cell}`]),
  ].join(', ');
}

/** "Table_3!A7" */
export function sheetCell(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** The answer to go by without a reader: the one given, else a settled suggestion; undefined while the question is open. */
export function settledAnswer(question: IngestQuestion, answers: IngestAnswers): string | undefined {
  if (Object.hasOwn(answers, question.id)) return answers[question.id];
  return question.settled ? question.suggested : undefined;
}

/** What the screen shows chosen: the reader's answer, else the suggestion (confirmed by going on), else nothing (''). */
export function shownAnswer(question: IngestQuestion, answers: IngestAnswers): string {
  return (Object.hasOwn(answers, question.id) ? answers[question.id] : question.suggested) ?? '';
}

/** The questions still to answer before their figures can be used. */
export function openQuestions(questions: readonly IngestQuestion[], answers: IngestAnswers): IngestQuestion[] {
  return questions.filter((question) => settledAnswer(question, answers) === undefined);
}

/** Why an answer cannot be taken (not one of the choices), or undefined. A typed figure is checked where it is used. */
export function answerProblem(question: IngestQuestion, answer: string): string | undefined {
  if (question.takesFigure || question.choices.some((choice) => choice.value === answer)) return undefined;
  const expected = question.choices.map((choice) => `“${choice.value}”`).join(', ');
  return `“${answer}” is not an answer to ${question.id}: expected one of ${expected}.`;
}
