import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ChoiceSummary, useChoices } from './chart-choices';
import { OptionSelect } from './view-controls';

function Bar({ children }: { children: ReactNode }) {
  const [choices, provide] = useChoices();
  return (
    <>
      <p data-testid="choices">{choices.join('; ')}</p>
      {provide(children)}
    </>
  );
}

const ORDERS = [
  ['value', 'Highest value first'],
  ['name', 'Area name, A to Z'],
] as const;

const FILLS = [
  ['focus', 'The focus area'],
  ['comparison', 'Comparison with England and Wales'],
] as const;

function Options() {
  const [order, setOrder] = useState<'value' | 'name'>('value');
  const [fill, setFill] = useState<'focus' | 'comparison'>('focus');
  return (
    <>
      <OptionSelect id="order" label="Order" value={order} options={ORDERS} onChange={setOrder} />
      {order === 'value' && (
        <OptionSelect
          id="fill"
          label="Bar fill shows"
          value={fill}
          options={FILLS}
          onChange={setFill}
          choice={fill === 'focus' ? 'Fill: the focus area' : 'Fill: compared with England and Wales'}
        />
      )}
      <ChoiceSummary id="areas" text="With Kent, Essex" />
    </>
  );
}

describe('the folded options bar’s line of choices', () => {
  it('says each option’s current choice in the options’ order, follows a change in place and drops an option that goes', async () => {
    const user = userEvent.setup();
    render(
      <Bar>
        <Options />
      </Bar>,
    );
    const line = screen.getByTestId('choices');
    expect(line).toHaveTextContent('Highest value first; Fill: the focus area; With Kent, Essex');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bar fill shows' }), 'comparison');
    expect(line).toHaveTextContent('Highest value first; Fill: compared with England and Wales; With Kent, Essex');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'name');
    expect(line).toHaveTextContent(/^Area name, A to Z; With Kent, Essex$/);
  });

  it('costs nothing outside a bar: an option alone still works', async () => {
    const user = userEvent.setup();
    render(<Options />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'name');
    expect(screen.getByRole('combobox', { name: 'Order' })).toHaveValue('name');
  });
});
