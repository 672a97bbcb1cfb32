import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import type { AreaRowMatch } from '../common/area-names';
import { LEAVE_OUT, openQuestions, settledAnswer, shownAnswer, type IngestAnswers, type IngestQuestion } from '../common/question';
import { areaNameQuestions, checkAreaChoices, matchWords } from './area-rows';

const nameOf = (areaId: string) => fixtureAreas.find((area) => area.id === areaId)?.name ?? areaId;

function row(rowIndex: number, text: string, match?: AreaRowMatch['match'], duplicateOfRow?: number): AreaRowMatch {
  return { row: rowIndex, ref: `A${rowIndex + 1}`, text, match, notes: [], ...(duplicateOfRow === undefined ? {} : { duplicateOfRow }) } as AreaRowMatch;
}

const rows = [
  row(3, 'Avon & Somerset', { areaId: 'avon-and-somerset', how: 'variant' }),
  row(4, 'Hants'),
  row(5, 'Metropolitan Police', { areaId: 'london', how: 'alias' }),
  row(6, 'London', { areaId: 'london', how: 'exact' }, 5),
];
const questions = areaNameQuestions('tables.xlsx', 'Table_3', rows, fixtureAreas);
const screen = (answers: IngestAnswers) => (question: IngestQuestion) => shownAnswer(question, answers);

describe('area name questions', () => {
  it('ask one question per row, citing its cell, with a stable id', () => {
    expect(questions.map((question) => question.id)).toEqual([
      'area-name|tables.xlsx|Table_3!A4',
      'area-name|tables.xlsx|Table_3!A5',
      'area-name|tables.xlsx|Table_3!A6',
      'area-name|tables.xlsx|Table_3!A7',
    ]);
    expect(questions[1]).toMatchObject({
      kind: 'area-name',
      what: 'Choose the area for row 5 (“Hants”), or leave it out.',
      why: 'not matched: choose',
      where: { file: 'tables.xlsx', sheet: 'Table_3', cell: 'A5', row: 4 },
      settled: false,
    });
    expect(questions[1]?.choices.at(-1)).toEqual({ value: LEAVE_OUT, label: 'Leave this row out' });
    expect(questions[1]?.choices[0]).toEqual({ value: 'england-and-wales', label: 'England and Wales' });
  });

  it('suggest and settle a match, and nothing else: an unknown name or a second row of one area is asked about', () => {
    expect(questions.map((question) => question.suggested)).toEqual(['avon-and-somerset', undefined, 'london', undefined]);
    expect(openQuestions(questions, {}).map((question) => question.where.row)).toEqual([4, 6]);
    expect(matchWords(rows[0] as AreaRowMatch)).toBe('the same words written differently');
    expect(matchWords(rows[3] as AreaRowMatch)).toMatch(/but row 6 is the same area: choose/);
  });

  it('asks for every unanswered row, refuses one area twice, and reads only the chosen rows', () => {
    const unanswered = checkAreaChoices(questions, screen({}), nameOf);
    expect(unanswered.problems.map((problem) => problem.at)).toEqual([4, 6]);
    expect(unanswered.problems[0]?.message).toContain('“Hants”');

    const [, hants, , london] = questions.map((question) => question.id);
    const twice = checkAreaChoices(questions, screen({ [hants!]: 'hampshire', [london!]: 'london' }), nameOf);
    expect(twice.problems).toEqual([{ at: 6, message: 'Rows 6 and 7 are both London: choose another area for one, or leave it out.' }]);

    const answered = checkAreaChoices(questions, screen({ [hants!]: 'hampshire', [london!]: LEAVE_OUT }), nameOf);
    expect(answered.problems).toEqual([]);
    expect(answered.chosen).toEqual([
      { row: 3, areaId: 'avon-and-somerset' },
      { row: 4, areaId: 'hampshire' },
      { row: 5, areaId: 'london' },
    ]);
  });

  it('without a reader, read the settled rows and hold back the open ones', () => {
    const [, hants] = questions.map((question) => question.id);
    const checked = checkAreaChoices(questions, (question) => settledAnswer(question, { [hants!]: 'hampshire' }), nameOf);
    expect(checked.chosen.map((choice) => choice.areaId)).toEqual(['avon-and-somerset', 'hampshire', 'london']);
    expect(checked.problems.map((problem) => problem.at)).toEqual([6]);
  });
});
