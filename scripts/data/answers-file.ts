import { isMap, isScalar, LineCounter, parseDocument, Document } from 'yaml';
import { answerProblem, placeWords, type IngestAnswers, type IngestQuestion } from '../../src/ingest/common/question';
import type { AnswerError } from './read-input';

export interface AnswersFile {
  answers: IngestAnswers;
  /** The line of each answer, for messages. */
  lines: ReadonlyMap<string, number>;
  /** What makes the file unreadable (bad YAML, a value that is no answer), each naming its line. */
  errors: string[];
}

const NO_ANSWERS: AnswersFile = { answers: {}, lines: new Map(), errors: [] };

/**
 * answers.yaml: a mapping from question id to answer. A number is read as its digits, an empty
 * value as "" (the answer that leaves a figure empty); anything else that is not text is an error.
 */
export function readAnswersFile(text: string | undefined, fileLabel: string): AnswersFile {
  if (text === undefined || text.trim() === '') return NO_ANSWERS;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (document.errors.length > 0) {
    return { ...NO_ANSWERS, errors: document.errors.map((error) => `${fileLabel} line ${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]}`) };
  }
  if (document.contents === null) return NO_ANSWERS;
  if (!isMap(document.contents)) return { ...NO_ANSWERS, errors: [`${fileLabel} line 1: expected lines of the form  "question id": answer`] };
  const answers: Record<string, string> = {};
  const lines = new Map<string, number>();
  const errors: string[] = [];
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const line = lineOf(key?.range?.[0]);
    if (!key || typeof key.value !== 'string') {
      errors.push(`${fileLabel} line ${line}: a question id must be text, like "report-area|kent.pdf".`);
      continue;
    }
    const value = pair.value === null ? null : isScalar(pair.value) ? pair.value.value : undefined;
    if (value === null) answers[key.value] = '';
    else if (typeof value === 'string') answers[key.value] = value;
    else if (typeof value === 'number') answers[key.value] = String(value);
    else {
      errors.push(`${fileLabel} line ${line}: the answer to ${key.value} must be one value (text or a number), like west-midlands or 253.`);
      continue;
    }
    lines.set(key.value, line);
  }
  return { answers, lines, errors };
}

/**
 * Every answer checked against the questions asked now: an answer that is not one of its
 * question's choices is an error naming its line; one for a question no longer asked (its file
 * removed, or another answer made it moot) is only a note.
 */
export function checkAnswers(
  file: AnswersFile,
  questions: readonly IngestQuestion[],
  readingErrors: readonly AnswerError[],
  fileLabel: string,
): { errors: string[]; notes: string[] } {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const errors: string[] = [];
  const notes: string[] = [];
  for (const [id, answer] of Object.entries(file.answers)) {
    const line = file.lines.get(id) ?? 1;
    const question = byId.get(id);
    if (!question) {
      notes.push(`${fileLabel} line ${line}: no question “${id}” is asked now; the answer is not used.`);
      continue;
    }
    const problem = answerProblem(question, answer);
    if (problem) errors.push(`${fileLabel} line ${line}: ${problem}`);
  }
  for (const error of readingErrors) {
    const line = error.questionId === undefined ? undefined : file.lines.get(error.questionId);
    errors.push(line === undefined ? error.message : `${fileLabel} line ${line} (${error.questionId}): ${error.message}`);
  }
  return { errors, notes };
}

/**
 * questions.yaml: every open question with its id, what is asked, why, where, the choices (answer
 * → what it means) and any suggestion, with how to answer at the top. The same questions give
 * the same file.
 */
export function questionsFileText(open: readonly IngestQuestion[]): string {
  const header = [
    `# Questions about the data files that need an answer before their figures are published.`,
    `# ${open.length === 0 ? 'No question is open.' : `${open.length} ${open.length === 1 ? 'question is' : 'questions are'} open.`}`,
    '# Written by `npm run data`: do not edit. To answer, add a line to answers.yaml beside it:',
    '#   "<id>": <one of the choices>          (for a figure to check you may also type the figure)',
    '# then run `npm run data -- build` again.',
    '',
  ].join('\n');
  if (open.length === 0) return `${header}questions: []\n`;
  const document = new Document({
    questions: [...open]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((question) => ({
        id: question.id,
        what: question.what,
        ...(question.why ? { why: question.why } : {}),
        where: placeWords(question.where),
        choices: new Map(question.choices.map((choice) => [choice.value, choice.group ? `${choice.group}: ${choice.label}` : choice.label])),
        ...(question.takesFigure ? { 'or type': 'a figure: a number, "-" (not applicable) or "" (not published)' } : {}),
        ...(question.suggested !== undefined ? { suggestion: question.suggested } : {}),
        // Never a choice made for the deployer: a suggestion only where a rule found one.
        'answer like': `${JSON.stringify(question.id)}: ${question.suggested === undefined ? '<one of the choices>' : JSON.stringify(question.suggested)}`,
      })),
  });
  return `${header}${document.toString({ lineWidth: 0 })}`;
}
