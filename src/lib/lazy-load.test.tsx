import { render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LoadBoundary, retryableLazy, useLazyModule } from './lazy-load';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const offline = () => new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/greeting-abc.js');

describe('retryableLazy and LoadBoundary', () => {
  it('show a failed load in place with Try again, which loads the code afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn().mockRejectedValueOnce(offline()).mockResolvedValue({ default: Greeting });
    const LazyGreeting = retryableLazy(load);
    render(
      <main>
        <h1>Page</h1>
        <LoadBoundary what="the greeting">
          <Suspense fallback={<p role="status">Loading…</p>}>
            <LazyGreeting name="Ada" />
          </Suspense>
        </LoadBoundary>
      </main>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the greeting: part of MAPPA Compare’s code did not arrive.');
    expect(screen.getByRole('heading', { name: 'Page' })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not load again code that arrived', async () => {
    const load = vi.fn().mockResolvedValue({ default: Greeting });
    const LazyGreeting = retryableLazy(load);
    const { rerender } = render(
      <Suspense fallback={null}>
        <LazyGreeting name="Ada" />
      </Suspense>,
    );
    await screen.findByText('Hello Ada');
    rerender(
      <Suspense fallback={null}>
        <LazyGreeting name="Grace" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello Grace')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('useLazyModule', () => {
  it('holds a loaded function as it is (not as a state updater), and hands it to later users at once', async () => {
    const add = (a: number, b: number) => a + b;
    const load = vi.fn(() => Promise.resolve(add));
    const first = renderHook(() => useLazyModule(load));
    expect(first.result.current.module).toBeUndefined();
    await waitFor(() => expect(first.result.current.module).toBe(add));
    const later = renderHook(() => useLazyModule(load));
    expect(later.result.current.module).toBe(add);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing until enabled, and reports a failed load until retried', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const { result, rerender } = renderHook(({ enabled }) => useLazyModule(load, enabled), { initialProps: { enabled: false } });
    expect(load).not.toHaveBeenCalled();
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.error).toBeInstanceOf(Error));
    result.current.retry();
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });
});
