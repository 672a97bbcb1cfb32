import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from './use-media-query';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A stand-in for window.matchMedia whose answer the test sets, telling its listeners when it changes. */
function fakeMatchMedia(initially: boolean) {
  let matches = initially;
  const listeners = new Set<() => void>();
  const queries: string[] = [];
  const matchMedia = (query: string) => {
    queries.push(query);
    return {
      get matches() {
        return matches;
      },
      addEventListener: (_type: 'change', listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: 'change', listener: () => void) => listeners.delete(listener),
    };
  };
  const setMatches = (next: boolean) => {
    matches = next;
    listeners.forEach((listener) => listener());
  };
  return { matchMedia, setMatches, listeners, queries };
}

describe('useMediaQuery', () => {
  it('answers at the first render and follows the window as it changes, then stops listening', () => {
    const media = fakeMatchMedia(true);
    vi.stubGlobal('matchMedia', media.matchMedia);
    const { result, unmount } = renderHook(() => useMediaQuery('(max-width: 479.98px)'));
    expect(result.current).toBe(true);
    expect(media.queries).toContain('(max-width: 479.98px)');
    act(() => media.setMatches(false));
    expect(result.current).toBe(false);
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it('is false where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { result } = renderHook(() => useMediaQuery('(max-width: 479.98px)'));
    expect(result.current).toBe(false);
  });
});
