import { describe, expect, it } from 'vitest';
import { namesSummary } from './areas-step';

describe('namesSummary', () => {
  it('never says every name matched while an area has no row', () => {
    expect(namesSummary(5, 0, 0)).toBe('5 of 5 names in the table matched an area.');
    expect(namesSummary(5, 0, 1)).toBe('5 of 5 names in the table matched an area, and one area has no row.');
    expect(namesSummary(42, 1, 2)).toBe(
      '41 of 42 names in the table matched an area, and 2 areas have no row. Choose the area for the other one, or leave it out.',
    );
  });
});
