import { describe, expect, it } from 'vitest';
import { yearStep } from './year-step';

const YEARS = ['2019-20', '2020-21', '2021-22'];

describe('yearStep', () => {
  it('moves to the neighbouring year held, and names it', () => {
    expect(yearStep(YEARS, '2020-21', 'earlier')).toEqual({ target: '2019-20', name: 'Previous year, 2019-20', reason: undefined });
    expect(yearStep(YEARS, '2020-21', 'later')).toEqual({ target: '2021-22', name: 'Next year, 2021-22', reason: undefined });
  });

  it('goes nowhere past either end, and says which year is the end', () => {
    expect(yearStep(YEARS, '2019-20', 'earlier')).toEqual({
      target: undefined,
      name: 'Previous year',
      reason: 'No earlier year: 2019-20 is the earliest year held here.',
    });
    expect(yearStep(YEARS, '2021-22', 'later')).toEqual({
      target: undefined,
      name: 'Next year',
      reason: 'No later year: 2021-22 is the latest year held here.',
    });
  });

  it('follows the years held, not the calendar: a gap in the list is stepped over', () => {
    expect(yearStep(['2017-18', '2019-20'], '2017-18', 'later').target).toBe('2019-20');
  });

  it('does not guess a neighbour for a year that is not held, nor in an empty list', () => {
    expect(yearStep(YEARS, '2030-31', 'later')).toMatchObject({ target: undefined, reason: '2030-31 is not one of the years held here.' });
    expect(yearStep([], '2021-22', 'earlier')).toMatchObject({ target: undefined, reason: '2021-22 is not one of the years held here.' });
    expect(yearStep(['2021-22'], '2021-22', 'earlier')).toMatchObject({
      target: undefined,
      reason: 'No earlier year: 2021-22 is the earliest year held here.',
    });
  });
});
