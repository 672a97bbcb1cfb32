import { describe, expect, it } from 'vitest';
import { normaliseYear, yearEndingIn, yearsIn } from './year-text';

describe('normaliseYear', () => {
  it.each([['2021-22'], ['2021-2022'], ['2021/22'], ['2021/2022'], ['2021\u201322'], ['2021 - 22'], ['2021 to 2022'], [' 2021-22 ']])(
    'reads %j as 2021-22',
    (text) => {
      expect(normaliseYear(text)).toBe('2021-22');
    },
  );

  it('reads years that cross a decade or a century boundary', () => {
    expect(normaliseYear('2019-20')).toBe('2019-20');
    expect(normaliseYear('2019-2020')).toBe('2019-20');
    expect(normaliseYear('2009/10')).toBe('2009-10');
  });

  it.each([['2021-23'], ['2021-2023'], ['2021'], ['21-22'], ['2021-22x'], [''], ['1999-00']])('rejects %j', (text) => {
    expect(normaliseYear(text)).toBeUndefined();
  });
});

describe('yearsIn', () => {
  it('finds each consecutive two-year span in a line, skipping others', () => {
    expect(yearsIn('From 2020-21 to 2021/2022, not 2019-21').map((found) => found.year)).toEqual(['2020-21', '2021-22']);
  });
});

describe('yearEndingIn', () => {
  it('gives the year whose snapshot is 31 March of that calendar year', () => {
    expect(yearEndingIn(2022)).toBe('2021-22');
    expect(yearEndingIn(2000)).toBeUndefined();
  });
});
