// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectSheetYear, tableYearQuestion, yearsNamedIn } from './sheet-year';

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

describe('the year question', () => {
  it('offers the app’s years with any the file names, newest first, and settles a year the title names', () => {
    const found = tableYearQuestion('t.xlsx', 'Table_2', { kind: 'found', year: '2024-25', from: 'the file’s name', text: 't-2024-25.xlsx' }, [
      '2021-22',
      '2022-23',
    ]);
    expect(found.choices.map((choice) => choice.value)).toEqual(['2024-25', '2022-23', '2021-22']);
    expect(found).toMatchObject({ id: 'table-year|t.xlsx|Table_2', suggested: '2024-25', settled: true });
    expect(found.why).toBe('Read from the file’s name: “t-2024-25.xlsx”. Change it if that is wrong.');
  });

  it('asks, suggesting nothing, when the title names several years or none', () => {
    const several = tableYearQuestion('t.xlsx', 'Table_2', { kind: 'unknown', candidates: ['2021-22', '2022-23'] }, []);
    expect(several).toMatchObject({ settled: false, why: 'The title names more than one year (2021-22, 2022-23): choose the one the figures are for.' });
    expect(several.suggested).toBeUndefined();
    expect(tableYearQuestion('t.xlsx', 'Table_2', { kind: 'unknown', candidates: [] }, ['2021-22']).why).toMatch(/could not find the year/);
  });
});
