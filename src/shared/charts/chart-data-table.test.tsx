import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MISSING, valueCell } from '../../domain/cell';
import type { ChartRow } from '../../domain/chart-row';
import { ChartDataTable } from './chart-data-table';

function row(areaName: string, value: number | undefined, extra: Partial<ChartRow> = {}): ChartRow {
  return {
    areaId: areaName.toLowerCase().replace(/ /g, '-'),
    areaName,
    year: '2021-22',
    measureId: 'category1',
    measureLabel: 'Category 1',
    cell: value === undefined ? MISSING : valueCell(value),
    value,
    unit: 'people',
    status: value === undefined ? 'no figure held' : 'published',
    source: 'A report',
    isFocus: false,
    isReference: false,
    ...extra,
  };
}

const change = (difference: number) => ({
  short: `${difference}`,
  sentence: '',
  difference,
  trust: 'published' as const,
  seriesBreak: false,
  previousYear: '2020-21',
});
const rank = (position: number) => ({ rank: position, tied: false, trust: 'published' as const, amongReal: `${position} of 3` });

// In the chart's order: highest value first, the area without a figure last.
const ROWS: ChartRow[] = [
  row('Kent', 300, { rank: rank(1), change: change(-5) }),
  row('West Midlands', 200, { rank: rank(2), change: change(12), isFocus: true, status: 'illustrative' }),
  row('Essex', 100, { rank: rank(3) }),
  row('Avon and Somerset', undefined),
];

const areaOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent?.replace(' (focus area)', ''));
const header = (name: string) => screen.getByRole('columnheader', { name });

describe('ChartDataTable', () => {
  it('opens in the chart’s order with no column marked as sorted', () => {
    render(<ChartDataTable caption="Category 1" rows={ROWS} />);
    expect(areaOrder()).toEqual(['Kent', 'West Midlands', 'Essex', 'Avon and Somerset']);
    expect(screen.getByRole('table').querySelectorAll('th[aria-sort]')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('In the chart’s order.');
  });

  it('sorts by a column when its heading is chosen, then reverses; the area without a figure stays last', async () => {
    const user = userEvent.setup();
    render(<ChartDataTable caption="Category 1" rows={ROWS} />);
    await user.click(within(header('Area')).getByRole('button'));
    expect(areaOrder()).toEqual(['Essex', 'Kent', 'West Midlands', 'Avon and Somerset']);
    expect(header('Area')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Area, A to Z. Areas without a figure stay last.');

    await user.click(within(header('Area')).getByRole('button'));
    expect(areaOrder()).toEqual(['West Midlands', 'Kent', 'Essex', 'Avon and Somerset']);
    expect(header('Area')).toHaveAttribute('aria-sort', 'descending');

    await user.click(within(header('Value')).getByRole('button'));
    expect(areaOrder()).toEqual(['Essex', 'West Midlands', 'Kent', 'Avon and Somerset']);
    expect(header('Value')).toHaveAttribute('aria-sort', 'ascending');
    // Only the sorted column says so.
    expect(header('Area')).not.toHaveAttribute('aria-sort');
  });

  it('sorts by rank, change and status; a row with nothing in the column comes after those with something', async () => {
    const user = userEvent.setup();
    render(<ChartDataTable caption="Category 1" rows={ROWS} />);
    await user.click(within(header('Change since 2020-21')).getByRole('button'));
    expect(areaOrder()).toEqual(['Kent', 'West Midlands', 'Essex', 'Avon and Somerset']);
    await user.click(within(header('Change since 2020-21')).getByRole('button'));
    expect(areaOrder()).toEqual(['West Midlands', 'Kent', 'Essex', 'Avon and Somerset']);

    await user.click(within(header('Rank')).getByRole('button'));
    await user.click(within(header('Rank')).getByRole('button'));
    expect(areaOrder()).toEqual(['Essex', 'West Midlands', 'Kent', 'Avon and Somerset']);
    expect(screen.getByRole('status')).toHaveTextContent('Sorted by Rank, bottom first.');

    await user.click(within(header('Status')).getByRole('button'));
    expect(areaOrder()).toEqual(['West Midlands', 'Kent', 'Essex', 'Avon and Somerset']);
  });

  it('works from the keyboard, and goes back to the chart’s order', async () => {
    const user = userEvent.setup();
    render(<ChartDataTable caption="Category 1" rows={ROWS} />);
    within(header('Value')).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(header('Value')).toHaveAttribute('aria-sort', 'ascending');
    await user.keyboard(' ');
    expect(header('Value')).toHaveAttribute('aria-sort', 'descending');
    expect(areaOrder()).toEqual(['Kent', 'West Midlands', 'Essex', 'Avon and Somerset']);
    await user.click(screen.getByRole('button', { name: 'Back to the chart’s order' }));
    expect(areaOrder()).toEqual(['Kent', 'West Midlands', 'Essex', 'Avon and Somerset']);
    expect(header('Value')).not.toHaveAttribute('aria-sort');
  });

  it('keeps the value, status and source cells the CSV check reads', () => {
    render(<ChartDataTable caption="Category 1" rows={ROWS} />);
    const kent = screen.getByRole('row', { name: /Kent/ });
    expect(kent.querySelector('td.value-cell')).toHaveTextContent('300');
    expect(kent.querySelector('td.status-cell')).toHaveTextContent('published');
    expect(kent.querySelector('td.source-cell')).toHaveTextContent('A report');
    expect(screen.getByRole('row', { name: /Avon and Somerset/ }).querySelector('td.value-cell')).toHaveTextContent('no figure held here');
  });
});
