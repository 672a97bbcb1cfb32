// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectSheetYear, yearsNamedIn } from './sheet-year';

describe('yearsNamedIn', () => {
  it.each([
    ['Table 2: offenders, 2022 to 2023', ['2022-23']],
    ['MAPPA statistics 2022/23', ['2022-23']],
    ['MAPPA statistics 2022-23', ['2022-23']],
    ['MAPPA statistics 2022-2023', ['2022-23']],
    ['Offenders, year ending 31 March 2023', ['2022-23']],
    ['Offenders, year ended March 2023', ['2022-23']],
    ['Offenders as at 31 March 2023', ['2022-23']],
    ['1 April 2022 to 31 March 2023', ['2022-23']],
    ['April 2022 to March 2023', ['2022-23']],
    ['Table 2 [note 3]', []],
    ['2021 to 2023', []],
  ])('%s', (text, years) => {
    expect(yearsNamedIn(text)).toEqual(years);
  });
});

describe('detectSheetYear', () => {
  it('takes the year from the first text that names one', () => {
    expect(
      detectSheetYear([
        { from: 'table title', text: 'Table 2: MAPPA-eligible offenders' },
        { from: 'sheet name', text: 'Table_2 2021-22' },
      ]),
    ).toEqual({ kind: 'found', year: '2021-22', from: 'sheet name', text: 'Table_2 2021-22' });
  });

  it('asks when a title names two years, or none names any', () => {
    expect(detectSheetYear([{ from: 'table title', text: 'Offenders, 2021-22 and 2022-23' }])).toEqual({ kind: 'unknown', candidates: ['2021-22', '2022-23'] });
    expect(detectSheetYear([{ from: 'table title', text: 'Offenders by area' }])).toEqual({ kind: 'unknown', candidates: [] });
  });
});
