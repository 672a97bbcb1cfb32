import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useViewStore } from '../shared/view/view-store';
import { ViewNavigation } from './view-navigation';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

// The list is folded by CSS below 64rem (navigation.css); here, what the CSS reads: the button's
// state and the list's class.
describe('ViewNavigation', () => {
  it('opens and closes the menu from its button by keyboard, with its state announced', async () => {
    const user = userEvent.setup();
    render(<ViewNavigation />);
    const nav = screen.getByRole('navigation', { name: 'Views' });
    const button = within(nav).getByRole('button', { name: 'Menu' });
    const list = within(nav).getByRole('list');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', list.id);
    expect(list).not.toHaveClass('open');
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(list).toHaveClass('open');
    // Escape from inside the open menu closes it and returns to the button.
    await user.tab();
    expect(within(list).getByRole('link', { name: 'Area summary' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('closes once a view is chosen, which becomes the current page', async () => {
    const user = userEvent.setup();
    render(<ViewNavigation />);
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.click(screen.getByRole('link', { name: 'Trends' }));
    expect(useViewStore.getState().view.view).toBe('trends');
    expect(screen.getByRole('link', { name: 'Trends' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('leaves Escape elsewhere on the page alone', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ViewNavigation />
        <input aria-label="Elsewhere" />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.click(screen.getByRole('textbox', { name: 'Elsewhere' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('textbox', { name: 'Elsewhere' })).toHaveFocus();
  });
});
