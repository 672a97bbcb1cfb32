import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LoadBoundary, retryableLazy } from '../lib/lazy-load';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('a bug');
}

describe('ErrorBoundary', () => {
  it('stops with a plain message on a bug, also when the bug is inside a LoadBoundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <LoadBoundary what="the broken part">
          <Broken />
        </LoadBoundary>
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('a bug');
  });

  it('treats code that did not arrive as a connection problem, with Try again instead of the error page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
      .mockResolvedValue({ default: () => <p>The glossary</p> });
    const Glossary = retryableLazy(load);
    render(
      <ErrorBoundary>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Glossary />
        </Suspense>
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('part of MAPPA Compare’s code did not arrive. Check your connection, then try again.');
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The glossary')).toBeInTheDocument();
  });
});
