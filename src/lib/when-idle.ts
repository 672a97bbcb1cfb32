interface WhenIdleOptions {
  /** Run by then even if the browser never goes idle (requestIdleCallback's timeout). */
  timeoutMs?: number;
  /** Where requestIdleCallback is missing (Safari): run after this long instead. */
  fallbackMs?: number;
}

/** Run `task` once the browser is idle; the returned function cancels it if it has not run yet. */
export function whenIdle(task: () => void, { timeoutMs, fallbackMs = 1_000 }: WhenIdleOptions = {}): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, fallbackMs);
  return () => window.clearTimeout(timer);
}

/** Resolves once the browser is idle (or by `timeoutMs`): for code nobody needs before the page has painted. */
export function idle(options: WhenIdleOptions = {}): Promise<void> {
  return new Promise((resolve) => {
    whenIdle(resolve, options);
  });
}
