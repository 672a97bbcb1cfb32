import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LazyDetails } from './lazy-details';
import { installPrintWidth } from './print-width';

function Table() {
  return (
    <table>
      <caption>Every value</caption>
      <tbody>
        <tr>
          <td>145</td>
        </tr>
      </tbody>
    </table>
  );
}

describe('LazyDetails', () => {
  it('does not render its table until first opened, then keeps it when closed again', async () => {
    const content = vi.fn(() => <Table />);
    render(<LazyDetails className="chart-table-disclosure" summary="Show the data as a table" children={content} />);
    expect(screen.queryByRole('table', { hidden: true })).toBeNull();
    expect(content).not.toHaveBeenCalled();

    const summary = screen.getByText('Show the data as a table');
    await userEvent.click(summary);
    expect(await screen.findByRole('table', { name: 'Every value' })).toBeInTheDocument();

    await userEvent.click(summary);
    expect(screen.getByRole('table', { name: 'Every value', hidden: true })).toBeInTheDocument();
  });

  it('renders its content for printing even if never opened', () => {
    const uninstall = installPrintWidth();
    render(<LazyDetails className="chart-table-disclosure" summary="Show the data as a table" children={() => <Table />} />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByRole('table', { name: 'Every value', hidden: true })).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    uninstall();
  });
});
