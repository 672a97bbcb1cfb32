import { describe, expect, it } from 'vitest';
import { intervalsPath } from '../../src/shared/charts/ranked-bars';

describe('ranked bars: the 95% intervals path', () => {
  const xOf = (value: number) => value * 2;

  it('draws, for each bar with an interval, a line from its lower to its upper limit at the bar’s middle, with end ticks', () => {
    const data = [
      { value: 10, interval: [2, 3] as [number, number] },
      { value: 20, interval: [1, 1] as [number, number] },
    ];
    const middles = [
      { index: 0, coordinate: 15 },
      { index: 1, coordinate: 45 },
    ];
    expect(intervalsPath(data, xOf, middles)).toBe('M16,15H26M16,12V18M26,12V18' + 'M38,45H42M38,42V48M42,42V48');
  });

  it('draws nothing for a bar without an interval or without a figure, and follows the ticks’ indexes, not their order', () => {
    const data = [
      { value: 10, interval: null },
      { value: null, interval: [1, 1] as [number, number] },
      { value: 5, interval: [1, 2] as [number, number] },
    ];
    const middles = [
      { index: 2, coordinate: 75 },
      { index: 0, coordinate: 15 },
      { index: 1, coordinate: 45 },
    ];
    expect(intervalsPath(data, xOf, middles)).toBe('M8,75H14M8,72V78M14,72V78');
    expect(intervalsPath(data, xOf, [])).toBe('');
  });
});
