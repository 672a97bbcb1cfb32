import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentAddress, pushAddress, writeWaitingAddresses } from './address-bar';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  vi.useFakeTimers();
});
afterEach(() => {
  writeWaitingAddresses();
  vi.useRealTimers();
});

describe('the address bar', () => {
  it('gets a view change after the frame that shows it, one history entry per change, in order', () => {
    const entries = window.history.length;
    pushAddress('/?view=compare');
    pushAddress('/?view=compare&year=2020-21');
    expect(window.location.search).toBe('');
    vi.runAllTimers();
    expect(window.location.search).toBe('?view=compare&year=2020-21');
    expect(window.history.length).toBe(entries + 2);
  });

  it('adds no entry for the address it already shows, or is about to', () => {
    const entries = window.history.length;
    pushAddress('/');
    pushAddress('/?view=map');
    pushAddress('/?view=map');
    vi.runAllTimers();
    expect(window.history.length).toBe(entries + 1);
  });

  it('writes what is waiting before the address is read for a link', () => {
    pushAddress('/?view=trends');
    expect(currentAddress()).toBe(`${window.location.origin}/?view=trends`);
  });
});
