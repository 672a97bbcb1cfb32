import { describe, expect, it } from 'vitest';
import { LEAVE_OUT, shownAnswer, settledAnswer, type IngestAnswers, type IngestQuestion } from '../common/question';
import { checkColumnChoices, columnQuestions } from './columns';
import type { ColumnSuggestion, MappingConfidence } from './map-columns';

const column = (index: number, header: string, figureId?: string, confidence: MappingConfidence = 'high'): ColumnSuggestion =>
  ({
    column: index,
    ref: `${String.fromCharCode(65 + index)}3`,
    header,
    notes: [],
    suggestion: figureId ? { figureId, label: header, confidence, reason: 'The heading names category 1.' } : undefined,
    alternatives: [],
  }) as unknown as ColumnSuggestion;
const suggestions = [column(1, 'Category 1', 'snapshot.total.category1'), column(2, 'Remarks'), column(3, 'Cat 1', 'snapshot.total.category1', 'low')];
const questions = columnQuestions('tables.xlsx', 'Table_3', suggestions);
const screen = (answers: IngestAnswers) => (question: IngestQuestion) => shownAnswer(question, answers);
const describe_ = (figureId: string) => figureId;

describe('column questions', () => {
  it('ask one question per column, suggesting the figure its heading names, else leaving it out', () => {
    expect(questions.map((question) => [question.id, question.suggested, question.settled])).toEqual([
      ['column-figure|tables.xlsx|Table_3!B3', 'snapshot.total.category1', true],
      ['column-figure|tables.xlsx|Table_3!C3', LEAVE_OUT, false],
      ['column-figure|tables.xlsx|Table_3!D3', 'snapshot.total.category1', false],
    ]);
    expect(questions[1]).toMatchObject({ what: 'Which figure does column C (“Remarks”) hold?', why: 'None: the heading names no figure we know.' });
    expect(questions[0]?.choices.find((choice) => choice.value === 'snapshot.total.category1')).toMatchObject({
      group: 'MAPPA-eligible offenders on 31 March',
    });
  });

  it('on screen: preselect suggestions, leave unknown columns out, and refuse one figure twice', () => {
    const checked = checkColumnChoices(questions, screen({}), describe_);
    expect(checked.chosen).toEqual([{ column: 1, figureId: 'snapshot.total.category1' }]);
    expect(checked.problems).toEqual([
      { at: 3, message: 'Columns B and D are both “snapshot.total.category1”: choose another figure for one, or leave it out.' },
    ]);
  });

  it('without a reader: read only the columns we are sure of, and ask about the rest', () => {
    const checked = checkColumnChoices(questions, (question) => settledAnswer(question, {}), describe_);
    expect(checked.chosen).toEqual([{ column: 1, figureId: 'snapshot.total.category1' }]);
    expect(checked.problems.map((problem) => problem.at)).toEqual([2, 3]);
  });

  it('needs at least one column', () => {
    const none = checkColumnChoices(questions, () => LEAVE_OUT, String);
    expect(none.chosen).toEqual([]);
    expect(none.problems[0]?.message).toMatch(/at least one column/);
  });
});
