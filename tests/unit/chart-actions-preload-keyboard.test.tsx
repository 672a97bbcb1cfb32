import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareFigure } from '../helpers/compare-figure';
import { ChartActions } from '../../src/shared/export/chart-actions';

const exportCodeLoaded = vi.hoisted(() => vi.fn());
vi.mock('../../src/shared/export/figure-export', () => {
  exportCodeLoaded();
  return { exportFigure: vi.fn(), exportWidth: vi.fn(), figurePng: vi.fn() };
});

afterEach(cleanup);

describe('ChartActions', () => {
  it('loads the export code as the keyboard reaches the download buttons', async () => {
    const user = userEvent.setup();
    render(<ChartActions figure={compareFigure()} screenWidth={800} />);
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Image width' })).toHaveFocus();
    await vi.waitFor(() => expect(exportCodeLoaded).toHaveBeenCalledOnce());
  });
});
