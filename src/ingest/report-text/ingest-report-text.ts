import type { Area } from '../../domain/area';
import { openQuestions, settledAnswer, type IngestAnswers, type IngestQuestion } from '../common/question';
import { reviewOutcome, type ReviewOutcome } from '../review/report-review-model';
import { byAreaRecords, type ByAreaRecord } from '../review/by-area-records';
import { LEAVE_OUT } from '../common/question';
import { parseReportText, refusedParse, type ReportTextParse } from './parse-report-text';
import { reportTextTooLong } from './text-size';
import { byAreaRowQuestionId, KEEP_AS_READ, reportTextQuestions, type TextSource } from './report-questions';

export interface ReportTextInput {
  /** The report's text: pasted, from a text file, or extractPdfText's. */
  text: string;
  source: TextSource;
  /** The areas (and England and Wales) a report may be for. */
  areas: readonly Area[];
  /** The years to offer when the text does not say. */
  years: readonly string[];
  /** When the import was made (ISO 8601), for the record's provenance. */
  importedAt: string;
  /** Answers to earlier questions, by question id. */
  answers?: IngestAnswers;
}

export interface ReportTextIngest {
  /** Everything read, each figure cited to its line; `outcome` and `message` say when the text is no report. */
  parse: ReportTextParse;
  questions: IngestQuestion[];
  /** Those still to answer: a figure to check is left out (not given) until answered; with the area or year open there is no record. */
  open: IngestQuestion[];
  /** The record to save, checked against the report schema; undefined while the area or year is open, or for a text that is no report. */
  outcome: ReviewOutcome | undefined;
  /** A regional report's areas, from its tables by area (a row asked about counts once answered with an area); none while the year is open. */
  areaRecords: ByAreaRecord[];
}

/**
 * A report's text read without a screen: the same parse and checks as the browser's review,
 * with the answers standing in for what a reader types. A figure to check that is not answered
 * is held back; "keep" takes it as read; any other answer is typed as in the review's box.
 */
export function ingestReportText({ text, source, areas, years, importedAt, answers = {} }: ReportTextInput): ReportTextIngest {
  const tooLong = reportTextTooLong(text, `The text of “${source.file}”`);
  if (tooLong) return { parse: refusedParse(tooLong), questions: [], open: [], outcome: undefined, areaRecords: [] };
  const parse = parseReportText(text, areas);
  const questions = reportTextQuestions(parse, source, areas, years);
  const open = openQuestions(questions, answers);
  const answerTo = (kind: IngestQuestion['kind']) => {
    const question = questions.find((candidate) => candidate.kind === kind);
    return question && settledAnswer(question, answers);
  };
  const areaId = answerTo('report-area');
  const year = answerTo('report-year');
  if (!areaId || !year) return { parse, questions, open, outcome: undefined, areaRecords: [] };
  const edits: Record<string, string> = {};
  for (const check of questions) {
    if (check.kind !== 'figure-check' || !check.figureId) continue;
    const answer = settledAnswer(check, answers);
    if (answer !== KEEP_AS_READ) edits[check.figureId] = answer ?? '';
  }
  const provenance = { kind: 'imported' as const, fileName: source.file, importedAt };
  const areaRecords = byAreaRecords(parse, year, provenance, (row) => {
    const answer = answers[byAreaRowQuestionId(source, row.line.lineNumber)];
    return answer && answer !== LEAVE_OUT ? answer : undefined;
  });
  return { parse, questions, open, outcome: reviewOutcome(parse, areaId, year, edits, provenance), areaRecords };
}
