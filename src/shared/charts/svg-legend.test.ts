import { describe, expect, it } from 'vitest';
import { spacedLine } from '../../lib/svg-text';
import { legendLayout } from './svg-legend';

const SHORT = { label: 'England and Wales', colour: '#000000' };
const LONG = { label: 'West Midlands: ▲ higher, ● similar, ▼ lower than England and Wales', colour: '#000000' };

describe('a legend laid out within its width', () => {
  it('keeps short items on one line, side by side', () => {
    const layout = legendLayout([SHORT, SHORT], 1000);
    expect(layout.positions.map((position) => position.lines)).toEqual([[SHORT.label], [SHORT.label]]);
    expect(layout.positions[1]?.y).toBe(0);
    expect(layout.height).toBe(20);
  });

  it('wraps an item wider than a phone-width legend onto lines that fit, and grows to hold them', () => {
    const layout = legendLayout([SHORT, LONG], 343);
    const long = layout.positions[1];
    expect(long?.x).toBe(0);
    expect(long?.lines.length).toBeGreaterThan(1);
    expect(long?.lines.join(' ')).toBe(LONG.label);
    expect(layout.height).toBeGreaterThan((long?.y ?? 0) + 20);
  });

  it('keeps the spaces a wrapped label was broken at, so its text reads whole', () => {
    const lines = ['West Midlands: ▲ higher,', '● similar'];
    expect(lines.map((_, index) => spacedLine(lines, index)).join('')).toBe('West Midlands: ▲ higher, ● similar');
  });
});
