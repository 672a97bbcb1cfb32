import { afterEach, describe, expect, it, vi } from 'vitest';
import { idle, whenIdle } from './when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('waits for the browser to be idle, passing the timeout on', () => {
    const callbacks: IdleRequestCallback[] = [];
    const request = vi.fn((callback: IdleRequestCallback) => callbacks.push(callback));
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const task = vi.fn();
    whenIdle(task, { timeoutMs: 10_000 });
    expect(request).toHaveBeenCalledWith(task, { timeout: 10_000 });
    expect(task).not.toHaveBeenCalled();
    callbacks[0]?.({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledOnce();
  });

  it('cancels the idle callback it asked for', () => {
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn(() => 7),
    );
    const cancel = vi.fn();
    vi.stubGlobal('cancelIdleCallback', cancel);
    whenIdle(() => undefined)();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('falls back to a timer where requestIdleCallback is missing, and can be cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran = vi.fn();
    whenIdle(ran, { fallbackMs: 2_000 });
    const cancelled = vi.fn();
    const cancel = whenIdle(cancelled, { fallbackMs: 2_000 });
    vi.advanceTimersByTime(1_999);
    expect(ran).not.toHaveBeenCalled();
    cancel();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });
});

describe('idle', () => {
  it('resolves only once the browser is idle', async () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal(
      'requestIdleCallback',
      vi.fn((callback: IdleRequestCallback) => callbacks.push(callback)),
    );
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    let resolved = false;
    const waiting = idle({ timeoutMs: 2_000 }).then(() => {
      resolved = true;
    });
    await Promise.resolve();
    expect(resolved).toBe(false);
    callbacks[0]?.({ didTimeout: false, timeRemaining: () => 10 });
    await waiting;
    expect(resolved).toBe(true);
  });
});
