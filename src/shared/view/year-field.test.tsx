import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { YearField } from './year-field';

const YEARS = ['2019-20', '2020-21', '2021-22'];

function Stepper({ start, onChange }: { start: string; onChange?: (year: string) => void }) {
  const [year, setYear] = useState(start);
  return (
    <YearField
      years={YEARS}
      year={year}
      onChange={(next) => {
        onChange?.(next);
        setYear(next);
      }}
    />
  );
}

describe('YearField', () => {
  it('steps through the years by keyboard, naming the year each button goes to and announcing the year shown', async () => {
    const user = userEvent.setup();
    const changes: string[] = [];
    render(<Stepper start="2019-20" onChange={(year) => changes.push(year)} />);
    const select = screen.getByRole('combobox', { name: 'Year' });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Previous year' })).toHaveFocus();
    await user.tab();
    expect(select).toHaveFocus();
    await user.tab();
    const next = screen.getByRole('button', { name: 'Next year, 2020-21' });
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(select).toHaveValue('2020-21');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2020-21.');
    // Focus stays on the button, which now names the year after: press again to go on.
    expect(screen.getByRole('button', { name: 'Next year, 2021-22' })).toHaveFocus();
    await user.keyboard(' ');
    expect(select).toHaveValue('2021-22');
    expect(changes).toEqual(['2020-21', '2021-22']);
  });

  it('at either end stays focusable, marked disabled, and says why it does nothing when pressed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<YearField years={YEARS} year="2021-22" onChange={onChange} />);
    const next = screen.getByRole('button', { name: 'Next year' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveAccessibleDescription('No later year: 2021-22 is the latest year held here.');
    expect(screen.getByRole('button', { name: 'Previous year, 2020-21' })).toHaveAttribute('aria-disabled', 'false');
    await user.click(next);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('No later year: 2021-22 is the latest year held here.');
  });

  it('announces only what was said about the year shown: a year chosen another way clears it', async () => {
    const user = userEvent.setup();
    render(<Stepper start="2020-21" />);
    await user.click(screen.getByRole('button', { name: 'Previous year, 2019-20' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2019-20.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2021-22');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
