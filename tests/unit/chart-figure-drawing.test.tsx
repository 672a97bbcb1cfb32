import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compareFigure } from '../helpers/compare-figure';
import { ChartFigure } from '../../src/shared/charts/chart-figure';
import { rankedBarsLayout } from '../../src/shared/charts/ranked-bars';

const figure = compareFigure();
const frame = (drawing: boolean) => (
  <ChartFigure figure={figure} layout={rankedBarsLayout} drawing={drawing} table={() => <p>table</p>} actions={() => <p>downloads</p>} />
);

describe('a chart figure while its first chart is drawn', () => {
  it('shows the title and subtitle with a skeleton where the chart will be, and says so', () => {
    const { container } = render(frame(true));
    expect(screen.getByRole('heading', { level: 2, name: figure.spec.title })).toBeInTheDocument();
    expect(screen.getByText(figure.spec.subtitle, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Drawing the chart…');
    expect(container.querySelector('.chart-area .skeleton-chart')).not.toBeNull();
    expect(container.querySelector('.chart-area svg')).toBeNull();
    // No downloads or table of a chart not yet drawn.
    expect(screen.queryByText('downloads')).toBeNull();
    expect(screen.queryByText('Show the data as a table')).toBeNull();
  });

  it('keeps the same title element when the chart arrives, so nothing under the reader moves or flashes', () => {
    const { rerender } = render(frame(true));
    const title = screen.getByRole('heading', { level: 2, name: figure.spec.title });
    rerender(frame(false));
    expect(screen.getByRole('heading', { level: 2, name: figure.spec.title })).toBe(title);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('Show the data as a table')).toBeInTheDocument();
  });
});
