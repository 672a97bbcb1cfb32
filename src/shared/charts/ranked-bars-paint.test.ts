import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../domain/chart-row';
import { barPaint, FOCUS_BAR_OUTLINE } from './ranked-bars';
import { TEXT_COLOUR } from './palette';

const row = (isFocus: boolean, result: 'higher' | 'similar' | 'lower'): ChartRow =>
  ({ areaId: 'a', areaName: 'A', isFocus, isReference: false, comparison: { result, trust: 'published' } }) as unknown as ChartRow;

describe('barPaint', () => {
  it.each(['higher', 'similar', 'lower'] as const)('sets the focus area apart by a thick dark outline when bars are filled by comparison (%s)', (result) => {
    const focus = barPaint(row(true, result), true, 'p');
    const other = barPaint(row(false, result), true, 'p');
    // Same fill as any area with the same result: the outline, not the colour, says which is the focus.
    expect(focus.fill).toBe(other.fill);
    expect(focus).toMatchObject({ stroke: TEXT_COLOUR, strokeWidth: FOCUS_BAR_OUTLINE });
    expect(focus.className).toContain('bar-focus');
    expect(other.strokeWidth).toBeLessThan(FOCUS_BAR_OUTLINE);
  });
});
