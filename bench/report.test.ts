import { describe, expect, it } from 'vitest';
import { errorRow, goalRow, judge, markdownTable, median, ms, percent, ratio, spread, spreadText } from './report';

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('spread', () => {
  it('gives min, median and max, and says when there are no samples', () => {
    expect(spread([1.2, 0.9, 1.0, 1.4])).toEqual({ n: 4, min: 0.9, median: 1.1, max: 1.4 });
    expect(spreadText(spread([1.2, 0.9, 1.0]), ratio)).toBe('1.00 (min 0.90, max 1.20)');
    expect(spreadText(spread([]), ratio)).toBe('no samples');
  });
});

describe('judge', () => {
  it('says yes when the goal is met, and by how much it is missed otherwise', () => {
    expect(judge(40, { comparison: '<=', target: 50 }, ms)).toEqual({ met: 'yes', missed: false });
    expect(judge(60, { comparison: '<=', target: 50 }, ms)).toEqual({ met: 'no: 10 ms over, 20%', missed: true });
    expect(judge(0.1, { comparison: '<', target: 0.1 }, percent).missed).toBe(true);
    expect(judge(90, { comparison: '>=', target: 95 }, String)).toEqual({ met: 'no: 5 short, 5%', missed: true });
    expect(judge(Number.NaN, { comparison: '<=', target: 1 }, String)).toEqual({ met: 'not measured', missed: true });
  });
});

describe('markdownTable', () => {
  it('prints the four columns, escaping pipes', () => {
    const table = markdownTable([goalRow('Switch | 42 areas', 12.5, { comparison: '<=', target: 50 }, ms), errorRow('PNG export', new Error('boom'))]);
    expect(table.split('\n')).toEqual([
      '| measure            | value       | goal    | met          |',
      '|--------------------|-------------|---------|--------------|',
      '| Switch \\| 42 areas | 13 ms       | ≤ 50 ms | yes          |',
      '| PNG export         | error: boom |         | not measured |',
    ]);
  });
});
