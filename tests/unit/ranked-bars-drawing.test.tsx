import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compareFigure } from '../helpers/compare-figure';
import type { RankedBarsChart } from '../../src/domain/figure';
import { rankedBarsDrawingKey, rankedBarsLayout, type BarDatum, type Geometry } from '../../src/shared/charts/ranked-bars';
import { valueLabel } from '../../src/shared/charts/row-text';

const compareChart = (withPreviousYear: boolean): RankedBarsChart => compareFigure({ withPreviousYear }).chart;

function barsOf(chart: RankedBarsChart) {
  const bars = rankedBarsLayout(chart, 960, { compact: false }).parts.find((part) => part.key === 'bars');
  if (!bars) throw new Error('no bars part');
  return bars.node;
}

const labelTexts = (container: HTMLElement) => Array.from(container.querySelectorAll('text.bar-value-label'), (label) => label.textContent);

describe('ranked bars: what a drawing depends on', () => {
  const shape: Geometry = { width: 960, height: 400, axisWidth: 170, right: 110, ticks: [0, 50, 100] };
  const options = {
    compact: false,
    changeMode: false,
    reference: undefined,
    withIntervals: false,
    byComparison: false,
    patternId: 'p',
    tooltipDismissed: false,
  };
  const kent: BarDatum = { name: 'Kent', value: 80, label: '80', isFocus: false, row: { areaName: 'Kent' } as BarDatum['row'], interval: null, fill: '#ccc' };

  it('is the same for rows that differ only in what the tooltip and the table show', () => {
    const withChange = { ...kent, row: { ...kent.row, change: { difference: 3, short: '+3' } } as unknown as BarDatum['row'] };
    expect(rankedBarsDrawingKey([withChange], shape, options)).toBe(rankedBarsDrawingKey([kent], shape, options));
  });

  it('changes with anything drawn: a value, its label, the focus, the paint, the size, the reference, a dismissed tooltip', () => {
    const key = rankedBarsDrawingKey([kent], shape, options);
    const changed = [
      rankedBarsDrawingKey([{ ...kent, value: 81 }], shape, options),
      rankedBarsDrawingKey([{ ...kent, label: '80*' }], shape, options),
      rankedBarsDrawingKey([{ ...kent, isFocus: true }], shape, options),
      rankedBarsDrawingKey([{ ...kent, fill: '#000' }], shape, options),
      rankedBarsDrawingKey([kent], { ...shape, width: 640 }, options),
      rankedBarsDrawingKey([kent], shape, { ...options, reference: [90, '90'] }),
      rankedBarsDrawingKey([kent], shape, { ...options, tooltipDismissed: true }),
    ];
    for (const other of changed) expect(other).not.toBe(key);
  });
});

describe('ranked bars: redrawing', () => {
  it('keeps its labels when the year before arrives, and follows a changed value at once', () => {
    const first = compareChart(false);
    const { container, rerender } = render(<>{barsOf(first)}</>);
    const before = labelTexts(container);
    expect(before).toHaveLength(first.rows.length);

    const withChanges = compareChart(true);
    expect(withChanges.rows.some((row) => row.change !== undefined)).toBe(true);
    rerender(<>{barsOf(withChanges)}</>);
    expect(labelTexts(container)).toEqual(before);

    const [top, ...rest] = withChanges.rows;
    if (!top || top.value === undefined) throw new Error('expected a first row with a value');
    const raised = { ...top, value: top.value + 1 };
    rerender(<>{barsOf({ ...withChanges, rows: [raised, ...rest] })}</>);
    expect(labelTexts(container)[0]).toBe(valueLabel(raised));
    expect(labelTexts(container)[0]).not.toBe(before[0]);
  });
});

describe('ranked bars: labels at the axis', () => {
  it('says why an area has no bar, and labels a zero where its bar would be, after a redraw too', () => {
    const chart = compareChart(false);
    const [top, second, ...rest] = chart.rows;
    if (!top || !second) throw new Error('expected two rows');
    const { container, rerender } = render(<>{barsOf(chart)}</>);
    const drawn = { ...chart, rows: [{ ...top, value: undefined }, { ...second, value: 0 }, ...rest] };
    rerender(<>{barsOf(drawn)}</>);
    const labels = labelTexts(container);
    expect(labels).toHaveLength(chart.rows.length);
    expect(labels).toContain(valueLabel({ ...top, value: undefined }));
    expect(labels).toContain(valueLabel({ ...second, value: 0 }));
  });
});

describe('ranked bars: the tooltip', () => {
  it('is loaded and drawn from the first pointing at the chart, not with the chart, and gets the pointer’s position at once', async () => {
    const { container } = render(<>{barsOf(compareChart(false))}</>);
    const chart = container.querySelector('.recharts-wrapper');
    if (!chart?.parentElement) throw new Error('no chart');
    // Nothing is loaded or drawn for it until then.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('.recharts-tooltip-wrapper')).toBeNull();

    const moves: { x: number; y: number }[] = [];
    chart.addEventListener('mousemove', (event) => moves.push({ x: (event as MouseEvent).clientX, y: (event as MouseEvent).clientY }));
    fireEvent.pointerEnter(chart.parentElement, { clientX: 300, clientY: 120 });
    // The position is replayed by an effect once the tooltip is mounted: wait for both.
    await waitFor(() => {
      expect(container.querySelector('.recharts-tooltip-wrapper')).not.toBeNull();
      expect(moves).toEqual([{ x: 300, y: 120 }]);
    });
  });
});
