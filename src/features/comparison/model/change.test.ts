import { describe, expect, it } from 'vitest';
import { describeChange } from './change';

describe('describeChange', () => {
  it.each([
    [145, 141, 'up 3% from 141'],
    [41, 45, 'down 9% from 45'],
    [12, 12, 'no change from 12'],
    [3, 0, 'up 3 from 0'],
    [1001, 1000, 'up 1 from 1,000 (less than 1%)'],
  ])('%s against %s reads "%s"', (current, previous, expected) => {
    expect(describeChange(current, previous)).toBe(expected);
  });

  it('never compares with a missing year as if it were zero', () => {
    expect(describeChange(10, undefined)).toBe('no figure for the year before to compare with');
    expect(describeChange(undefined, 10)).toBe('no figure this year');
  });
});
