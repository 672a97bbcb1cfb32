import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelStartAvoiding, spreadLabels } from './label-placement';

describe('spreadLabels', () => {
  it('leaves labels that are far apart where they are', () => {
    expect(spreadLabels([10, 50, 90], 14, 0, 200)).toEqual([10, 50, 90]);
  });

  it('moves labels that would overlap apart, keeping their order', () => {
    const placed = spreadLabels([100, 101], 14, 0, 200);
    expect((placed[1] ?? 0) - (placed[0] ?? 0)).toBeGreaterThanOrEqual(14);
    expect(placed[0]).toBeLessThan(placed[1] ?? 0);
  });

  it('never overlaps, never leaves the bounds, whatever the input (when there is room)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 7 }), (positions) => {
        const placed = spreadLabels(positions, 14, 0, 400);
        const sorted = [...placed].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i += 1) expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(14 - 1e-9);
        for (const position of placed) {
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position).toBeLessThanOrEqual(400);
        }
      }),
    );
  });
});

describe('labelStartAvoiding', () => {
  it('starts after the bar when the line is elsewhere', () => {
    expect(labelStartAvoiding(100, 30, 300)).toBe(104);
    expect(labelStartAvoiding(100, 30, undefined)).toBe(104);
  });

  it('jumps past a reference line the label would cross', () => {
    expect(labelStartAvoiding(100, 30, 120)).toBe(124);
  });
});
