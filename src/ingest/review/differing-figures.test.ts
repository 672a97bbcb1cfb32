import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../domain/provenance';
import { LEAVE_OUT, openQuestions } from '../common/question';
import { differingFigureCell, differingFigureQuestion, heldClaims, SHOW_DISPUTED, type FigureClaim } from './differing-figures';

const REPORT: Provenance = { kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22', year: '2021-22' };
const TABLE: Provenance = { kind: 'published-report', title: 'Table 2 (tables.xlsx, sheet Table_2)', year: '2021-22' };
const STAND_IN: Provenance = { kind: 'illustrative', method: 'synthetic' };
const PLACE = { areaId: 'west-midlands', areaName: 'West Midlands', year: '2021-22' };

function claim(value: number | '-', source: Provenance, label: string): FigureClaim {
  return { value, source, where: { file: label }, label };
}

describe('a figure the sources give differently', () => {
  it('asks nothing while they agree', () => {
    const claims = [claim(253, REPORT, 'seed.pdf, page 4, line 65'), claim(253, TABLE, 'tables.xlsx, sheet Table_2, cell B7')];
    expect(differingFigureQuestion(PLACE, 'orders.shpo', claims)).toBeUndefined();
  });

  it('asks which value is right, naming every source of each, with a stable id and nothing chosen', () => {
    const claims = [claim(253, REPORT, 'seed.pdf, page 4, line 65'), claim(260, REPORT, 'copy.txt, line 116'), claim(253, TABLE, 'tables.xlsx, cell B7')];
    const question = differingFigureQuestion(PLACE, 'orders.shpo', claims);
    expect(question).toMatchObject({
      id: 'figure-differs|west-midlands|2021-22|orders.shpo',
      kind: 'figure-differs',
      what: 'Which value of Sexual Harm Prevention Orders (SHPOs) imposed by the courts for West Midlands 2021-22 is right?',
      where: { file: 'seed.pdf, page 4, line 65' },
      figureId: 'orders.shpo',
      settled: false,
    });
    expect(question?.suggested).toBeUndefined();
    expect(question?.choices.map((choice) => [choice.value, choice.label])).toEqual([
      ['253', '253: seed.pdf, page 4, line 65; tables.xlsx, cell B7'],
      ['260', '260: copy.txt, line 116'],
      [SHOW_DISPUTED, 'Publish every value as disputed, each citing its source'],
      [LEAVE_OUT, 'Publish none of them: the figure shows as not published'],
    ]);
    expect(openQuestions(question ? [question] : [], {})).toHaveLength(1);
  });

  it('publishes nothing until answered, then the value chosen with its source, all as disputed, or none', () => {
    const claims = [claim(253, REPORT, 'seed.pdf'), claim(260, TABLE, 'tables.xlsx'), claim(253, TABLE, 'other.xlsx')];
    const question = differingFigureQuestion(PLACE, 'orders.shpo', claims);
    if (!question) throw new Error('expected a question');
    expect(differingFigureCell(question, claims, {})).toBeUndefined();
    expect(differingFigureCell(question, claims, { [question.id]: '260' })).toEqual({ kind: 'value', value: 260, source: TABLE });
    expect(differingFigureCell(question, claims, { [question.id]: LEAVE_OUT })).toEqual({ kind: 'missing' });
    expect(differingFigureCell(question, claims, { [question.id]: SHOW_DISPUTED })).toEqual({
      kind: 'disputed',
      claims: [
        { value: 253, source: REPORT, alsoQuotedBy: [TABLE] },
        { value: 260, source: TABLE },
      ],
    });
  });

  it('offers no dispute where one source says “-” (not applicable): a dispute is of numbers', () => {
    const claims = [claim('-', REPORT, 'seed.pdf'), claim(4, TABLE, 'tables.xlsx')];
    const question = differingFigureQuestion(PLACE, 'breachOfOrder.level2.category2', claims);
    expect(question?.choices.map((choice) => choice.value)).toEqual(['-', '4', LEAVE_OUT]);
    if (!question) throw new Error('expected a question');
    expect(differingFigureCell(question, claims, { [question.id]: '-' })).toEqual({ kind: 'not-applicable' });
  });

  it('counts a figure held as a claim only when a real source gives it: a stand-in claims nothing', () => {
    const label = (source: Provenance) => `held: ${source.kind}`;
    expect(heldClaims({ kind: 'value', value: 900 }, STAND_IN, label)).toEqual([]);
    expect(heldClaims({ kind: 'not-applicable' }, STAND_IN, label)).toEqual([]);
    expect(heldClaims({ kind: 'missing' }, REPORT, label)).toEqual([]);
    expect(heldClaims({ kind: 'value', value: 253 }, REPORT, label)).toEqual([
      { value: 253, source: REPORT, where: undefined, label: 'held: published-report' },
    ]);
    expect(heldClaims({ kind: 'value', value: 604, source: TABLE }, STAND_IN, label)).toHaveLength(1);
    expect(
      heldClaims(
        {
          kind: 'disputed',
          claims: [
            { value: 568, source: TABLE },
            { value: 604, source: REPORT },
          ],
        },
        STAND_IN,
        label,
      ).map((held) => held.value),
    ).toEqual([568, 604]);
  });
});
