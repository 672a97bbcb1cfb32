import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceWorkerNotices, ServiceWorkerStatus } from './service-worker-status';
import { useServiceWorkerStore } from './service-worker-store';

afterEach(() => useServiceWorkerStore.setState({ applyUpdate: undefined, copies: {} }));

describe('ServiceWorkerNotices', () => {
  it('is an empty live region while there is nothing to say', () => {
    render(<ServiceWorkerNotices onReload={undefined} copy={undefined} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers a new version quietly: a status line with a Reload button that works from the keyboard, not a dialog', async () => {
    const onReload = vi.fn();
    render(
      <>
        <a href="#main">Skip to main content</a>
        <ServiceWorkerNotices onReload={onReload} copy={undefined} />
      </>,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version of MAPPA Compare is available.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    expect(within(status).getByRole('button', { name: 'Reload' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReload).toHaveBeenCalledTimes(1);
    await user.keyboard(' ');
    expect(onReload).toHaveBeenCalledTimes(2);
  });

  it('says when the figures on screen are the copy kept in this browser, and since when', () => {
    const { rerender } = render(<ServiceWorkerNotices onReload={undefined} copy={{ savedAt: Date.UTC(2026, 10, 25, 12, 40) }} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'The data service could not be reached, so the figures shown are the copy kept in this browser, saved on 25 November 2026 at 12:40.',
    );
    rerender(<ServiceWorkerNotices onReload={undefined} copy={{ savedAt: null }} />);
    expect(screen.getByRole('status')).toHaveTextContent('the figures shown are the copy kept in this browser.');
  });
});

describe('ServiceWorkerStatus', () => {
  it('shows the prompt when the service worker reports a waiting version (a fake needRefresh signal), and Reload applies it', async () => {
    render(<ServiceWorkerStatus />);
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
    const apply = vi.fn();
    act(() => useServiceWorkerStore.getState().offerUpdate(apply));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('shows the oldest copy on screen, and forgets a copy once the network answers for it', () => {
    render(<ServiceWorkerStatus />);
    const { noteAnswer } = useServiceWorkerStore.getState();
    act(() => {
      noteAnswer({ type: 'mappa:data-from-copy', url: '/api/years.json', savedAt: Date.UTC(2026, 10, 25, 12, 40) });
      noteAnswer({ type: 'mappa:data-from-copy', url: '/api/reports/2021-22.json', savedAt: Date.UTC(2026, 10, 24, 9, 5) });
    });
    expect(screen.getByRole('status')).toHaveTextContent('saved on 24 November 2026 at 09:05.');
    act(() => noteAnswer({ type: 'mappa:data-from-network', url: '/api/reports/2021-22.json' }));
    expect(screen.getByRole('status')).toHaveTextContent('saved on 25 November 2026 at 12:40.');
    act(() => noteAnswer({ type: 'mappa:data-from-network', url: '/api/years.json' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
