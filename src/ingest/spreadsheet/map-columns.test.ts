// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { REPORT_FIGURE_IDS } from '../common/report-figure-ids';
import { figureChoices, suggestColumnMappings } from './map-columns';

/** One heading's suggestion, as suggestColumnMappings makes it for a table of that one column. */
function suggestFigure(heading: string, titleLines: readonly string[] = []) {
  const [column] = suggestColumnMappings([{ column: 0, ref: 'A1', text: heading, fromMerge: false }], { titleLines });
  if (!column) throw new Error('no column');
  return column;
}

function suggested(heading: string, titleLines: string[] = []) {
  const { suggestion } = suggestFigure(heading, titleLines);
  return suggestion && { figureId: suggestion.figureId, confidence: suggestion.confidence, measureId: suggestion.measureId };
}

describe('suggestFigure', () => {
  it.each([
    ['RSOs per 100,000 population', 'rsoPer100k', 'high', 'rsoPer100k'],
    ['Registered sexual offenders per 100,000 population aged 10 and over', 'rsoPer100k', 'high', 'rsoPer100k'],
    ['Rate per 100k', 'rsoPer100k', 'medium', 'rsoPer100k'],
    ['Category 1', 'snapshot.total.category1', 'medium', 'category1'],
    ['Cat. 3', 'snapshot.total.category3', 'medium', 'category3'],
    ['Category 2: violent offenders', 'snapshot.total.category2', 'medium', 'category2'],
    ['Terrorist and terrorist-risk offenders', 'snapshot.total.category4', 'medium', 'category4'],
    ['Level 2', 'snapshot.level2.total', 'medium', 'level2'],
    ['MAPPA total', 'snapshot.total.total', 'medium', 'total'],
    ['Total MAPPA-eligible offenders on 31 March', 'snapshot.total.total', 'high', 'total'],
    ['Returned to custody for breach of licence', 'breachOfLicence.total.total', 'high', 'breachOfLicence'],
    ['Returned to custody for breach of SOPO/SHPO', 'breachOfOrder.total.total', 'high', 'breachOfOrder'],
    ['Offenders managed at levels 2 and 3 during the year', 'level23Yearly.total.total', 'high', 'level23Yearly'],
    ['SHPOs imposed', 'orders.shpo', 'high', 'shpo'],
    ['SHPOs with a foreign travel restriction', 'orders.shpoForeignTravel', 'high', 'shpoForeignTravel'],
    ['Notification orders', 'orders.notificationOrders', 'high', 'notificationOrders'],
    ['Lifetime notification revoked on application', 'revocations', 'high', 'revocations'],
    ['Became subject to notification after breach of a Sexual Risk Order', 'sroBreachNotifications', 'high', 'sroBreachNotifications'],
    ['Level 2 Category 1', 'snapshot.level2.category1', 'medium', undefined],
    ['Total', 'snapshot.total.total', 'low', 'total'],
    ['Category 4 [note 2]', 'snapshot.total.category4', 'medium', 'category4'],
  ])('%s → %s (%s)', (heading, figureId, confidence, measureId) => {
    expect(suggested(heading)).toEqual({ figureId, confidence, measureId });
  });

  it.each(['Lemons sold', 'Area', 'Area code', 'Region', 'Population', ''])('leaves "%s" unmapped', (heading) => {
    expect(suggestFigure(heading)).toMatchObject({ suggestion: undefined, alternatives: [] });
  });

  it('uses the title to tell tables apart', () => {
    expect(suggested('Category 1', ['Table 3: Offenders managed at levels 2 and 3 during the year'])).toMatchObject({
      figureId: 'level23Yearly.total.category1',
      confidence: 'high',
    });
    expect(suggested('Level 3', ['Level 2 and 3 offenders returned to custody for breach of licence'])).toMatchObject({
      figureId: 'breachOfLicence.level3.total',
      confidence: 'high',
    });
    expect(suggested('Category 1', ['Table 1: MAPPA-eligible offenders on 31 March 2023'])).toMatchObject({ confidence: 'high' });
  });

  it('offers the same figure in the other tables as alternatives', () => {
    const { alternatives } = suggestFigure('Category 1');
    expect(alternatives.map((choice) => choice.figureId)).toEqual([
      'level23Yearly.total.category1',
      'breachOfLicence.total.category1',
      'breachOfOrder.total.category1',
    ]);
  });

  it('is unsure which return to custody a heading means when it does not say', () => {
    const { suggestion, alternatives } = suggestFigure('Returned to custody');
    expect(suggestion).toMatchObject({ figureId: 'breachOfLicence.total.total', confidence: 'low' });
    expect(alternatives[0]?.figureId).toBe('breachOfOrder.total.total');
  });

  it('keeps level 1 in the 31 March table, where alone it exists, with low confidence if the title says otherwise', () => {
    expect(suggested('Level 1', ['Offenders in levels 2 and 3 during the year'])).toMatchObject({ figureId: 'snapshot.level1.total', confidence: 'low' });
  });

  it('keeps the notes of a heading', () => {
    expect(suggestFigure('Category 4 [note 2]')).toMatchObject({ header: 'Category 4', notes: ['note 2'] });
  });
});

describe('suggestColumnMappings', () => {
  it('suggests one figure per column and lowers the confidence of a repeat', () => {
    const suggestions = suggestColumnMappings(
      [
        { column: 1, ref: 'B4', text: 'Category 1', fromMerge: false },
        { column: 2, ref: 'C4', text: 'Cat 1', fromMerge: false },
        { column: 3, ref: 'D4', text: 'Lemons', fromMerge: false },
      ],
      { titleLines: ['MAPPA-eligible offenders on 31 March 2023'] },
    );
    expect(suggestions.map((s) => [s.ref, s.suggestion?.figureId, s.suggestion?.confidence])).toEqual([
      ['B4', 'snapshot.total.category1', 'high'],
      ['C4', 'snapshot.total.category1', 'low'],
      ['D4', undefined, undefined],
    ]);
    expect(suggestions[1]?.suggestion?.reason).toContain('Column B4 has the same suggestion');
  });
});

describe('figureChoices', () => {
  it('offers every report figure with a label', () => {
    const choices = figureChoices();
    expect(choices).toHaveLength(REPORT_FIGURE_IDS.size);
    expect(choices.find((choice) => choice.figureId === 'snapshot.total.category1')).toMatchObject({ measureId: 'category1' });
    expect(choices.every((choice) => choice.label !== '')).toBe(true);
  });
});
