import { describe, expect, it } from 'vitest';
import { answerProblem, LEAVE_OUT, openQuestions, questionId, settledAnswer, sheetCell, shownAnswer, type IngestQuestion } from './question';

const base = {
  kind: 'area-name',
  what: 'Choose the area for row 7 (“Hants”), or leave it out.',
  where: { file: 'tables.xlsx', sheet: 'Table_3', cell: 'A7', row: 6 },
  choices: [
    { value: 'hampshire', label: 'Hampshire' },
    { value: LEAVE_OUT, label: 'Leave this row out' },
  ],
} as const;
const open: IngestQuestion = { ...base, id: questionId('area-name', 'tables.xlsx', sheetCell('Table_3', 'A7')), settled: false };
const guessed: IngestQuestion = { ...open, id: 'area-name|tables.xlsx|Table_3!A8', suggested: 'hampshire', settled: false };
const settled: IngestQuestion = { ...open, id: 'area-name|tables.xlsx|Table_3!A9', suggested: 'hampshire', settled: true };

describe('questions and answers', () => {
  it('name a question by its kind, file and place', () => {
    expect(open.id).toBe('area-name|tables.xlsx|Table_3!A7');
  });

  it('without a reader, go by an answer or a settled suggestion only', () => {
    expect(settledAnswer(open, {})).toBeUndefined();
    expect(settledAnswer(guessed, {})).toBeUndefined();
    expect(settledAnswer(settled, {})).toBe('hampshire');
    expect(settledAnswer(settled, { [settled.id]: LEAVE_OUT })).toBe(LEAVE_OUT);
    expect(openQuestions([open, guessed, settled], {}).map((question) => question.id)).toEqual([open.id, guessed.id]);
    expect(openQuestions([open, guessed, settled], { [open.id]: '', [guessed.id]: 'hampshire' })).toEqual([]);
  });

  it('on screen, show any suggestion chosen for the reader to confirm, or nothing', () => {
    expect(shownAnswer(open, {})).toBe('');
    expect(shownAnswer(guessed, {})).toBe('hampshire');
    expect(shownAnswer(guessed, { [guessed.id]: LEAVE_OUT })).toBe(LEAVE_OUT);
  });

  it('refuse an answer that is not one of the choices, unless a figure may be typed', () => {
    expect(answerProblem(open, 'hampshire')).toBeUndefined();
    expect(answerProblem(open, 'hants')).toBe(`“hants” is not an answer to ${open.id}: expected one of “hampshire”, “leave-out”.`);
    expect(answerProblem({ ...open, takesFigure: true }, '254')).toBeUndefined();
  });
});
