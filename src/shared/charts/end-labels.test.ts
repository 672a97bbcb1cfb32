import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../lib/svg-text';
import { END_LABEL_OFFSET, planEndLabels, type EndLabel } from './end-labels';

const LABELS: EndLabel[] = [
  { name: 'Greater Manchester', value: '173*', bold: false },
  { name: 'West Midlands', value: '152*', bold: true },
  { name: 'England and Wales', value: '131*', bold: false },
];

/** Every word of every label is drawn, in order, and no line is cut short with an ellipsis. */
function expectWhole(plan: ReturnType<typeof planEndLabels>, labels: readonly EndLabel[]) {
  labels.forEach((label, index) => {
    const text = (plan.lines[index] ?? []).join(' ');
    expect(text).toBe(`${label.name} ${label.value}`);
    expect(text).not.toContain('…');
  });
}

describe('planEndLabels', () => {
  it('keeps the usual room when every label fits on one line', () => {
    const plan = planEndLabels([{ name: 'Kent', value: '99', bold: false }], 12, 176, 400);
    expect(plan).toEqual({ room: 176, lines: [['Kent 99']] });
  });

  it('takes more room, up to the most it may, rather than cut a name', () => {
    const plan = planEndLabels(LABELS, 10, 60, 200);
    expectWhole(plan, LABELS);
    expect(plan.lines.every((lines) => lines.length === 1)).toBe(true);
    expect(plan.room).toBeGreaterThan(60);
    expect(plan.room).toBeLessThanOrEqual(200);
    for (const [index, label] of LABELS.entries()) {
      expect(estimateTextWidth(plan.lines[index]?.[0] ?? '', 10, label.bold) + END_LABEL_OFFSET).toBeLessThanOrEqual(plan.room);
    }
  });

  it('on a narrow chart puts the value under the name, and wraps a long name, never cutting it (“Greater Ma… 173” was)', () => {
    const plan = planEndLabels(LABELS, 10, 118, 120);
    expect(plan.room).toBe(120);
    expectWhole(plan, LABELS);
    expect(plan.lines[0]?.at(-1)).toBe('173*');
    for (const [index, label] of LABELS.entries()) {
      for (const line of plan.lines[index] ?? []) expect(estimateTextWidth(line, 10, label.bold) + END_LABEL_OFFSET).toBeLessThanOrEqual(plan.room);
    }
    // Narrower still: more lines, but a word is never broken, so the room grows to the longest one.
    const tight = planEndLabels(LABELS, 10, 50, 60);
    expectWhole(tight, LABELS);
    expect(tight.lines[0]?.length).toBeGreaterThan(2);
  });
});
