import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareFigure } from '../helpers/compare-figure';
import { ChartActions } from '../../src/shared/export/chart-actions';

const exportCodeLoaded = vi.hoisted(() => vi.fn());
vi.mock('../../src/shared/export/figure-export', () => {
  exportCodeLoaded();
  return { exportFigure: vi.fn(), exportWidth: vi.fn(), figurePng: vi.fn() };
});

afterEach(cleanup);

// Each test file has its own module registry: the export code loads once per file, so the
// keyboard's case is in chart-actions-preload-keyboard.test.tsx.
describe('ChartActions', () => {
  it('does not load the export code with the chart, nor when the browser is idle', async () => {
    render(<ChartActions figure={compareFigure()} screenWidth={800} />);
    // An idle moment and a tick pass: nothing reached for a download, nothing loaded.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exportCodeLoaded).not.toHaveBeenCalled();
  });

  it('loads the export code as the pointer reaches the download buttons', async () => {
    render(<ChartActions figure={compareFigure()} screenWidth={800} />);
    fireEvent.pointerEnter(screen.getByRole('button', { name: 'Download PNG' }).parentElement as HTMLElement);
    await vi.waitFor(() => expect(exportCodeLoaded).toHaveBeenCalledOnce());
  });
});
