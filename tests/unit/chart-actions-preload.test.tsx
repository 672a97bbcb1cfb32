import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareFigure } from '../helpers/compare-figure';
import { ChartActions } from '../../src/shared/export/chart-actions';

const exportCodeLoaded = vi.hoisted(() => vi.fn());
vi.mock('../../src/shared/export/figure-export', () => {
  exportCodeLoaded();
  return { exportFigure: vi.fn(), exportWidth: vi.fn(), figurePng: vi.fn() };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ChartActions', () => {
  it('loads the export code once the browser is idle, not with the chart, and not after it is gone', async () => {
    const idle: IdleRequestCallback[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));

    const first = render(<ChartActions figure={compareFigure()} screenWidth={800} />);
    first.unmount();
    expect(cancelled).toEqual([1]);

    render(<ChartActions figure={compareFigure()} screenWidth={800} />);
    expect(exportCodeLoaded).not.toHaveBeenCalled();
    idle[1]?.({ didTimeout: false, timeRemaining: () => 10 });
    await vi.waitFor(() => expect(exportCodeLoaded).toHaveBeenCalledOnce());
  });
});
