import { Component, createElement, lazy, useEffect, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { chunkLoadMessage, isChunkLoadError } from './chunk-load';

const resets = new Set<() => void>();

/** Forget every on-demand load that failed, so that the next render fetches that code afresh. */
export function resetFailedLoads(): void {
  for (const reset of resets) reset();
}

/**
 * React.lazy that can be tried again. React.lazy keeps a failed load for good, so the same
 * component would fail for ever; this one starts a new load after resetFailedLoads() (which
 * LoadBoundary's Try again button and the app's error boundary call).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as React.lazy's own
export function retryableLazy<T extends ComponentType<any>>(load: () => Promise<{ default: T }>): ComponentType<ComponentProps<T>> {
  let failed = false;
  const attempt = () =>
    load().catch((error: unknown) => {
      failed = true;
      throw error;
    });
  let current = lazy(attempt);
  resets.add(() => {
    if (!failed) return;
    failed = false;
    current = lazy(attempt);
  });
  return function RetryableLazy(props: ComponentProps<T>) {
    return createElement(current, props);
  };
}

const loadedModules = new WeakMap<() => Promise<unknown>, unknown>();

export interface LazyModule<M> {
  /** The module once it has arrived (at once for every later user). */
  module: M | undefined;
  /** Why it did not arrive, until `retry`. */
  error: unknown;
  retry: () => void;
}

/**
 * A module nothing needs for the first drawing (a chart's tooltip), or only some views need (the
 * probation regions' sums): loaded when the first user that is `enabled` mounts.
 */
export function useLazyModule<M>(load: () => Promise<M>, enabled = true): LazyModule<M> {
  const [module, setModule] = useState(() => loadedModules.get(load) as M | undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module || !enabled) return;
    let current = true;
    load().then(
      (loaded) => {
        loadedModules.set(load, loaded);
        // A function as the state itself, never as an updater.
        if (current) setModule(() => loaded);
      },
      (failure: unknown) => {
        if (current) setError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, [load, module, enabled, attempt]);
  const retry = () => {
    setError(undefined);
    setAttempt((count) => count + 1);
  };
  return { module: module ?? (loadedModules.get(load) as M | undefined), error, retry };
}

interface LoadBoundaryProps {
  /** What the code is for, in words: "the glossary", "the area search". */
  what: string;
  children: ReactNode;
}

interface LoadBoundaryState {
  failed: boolean;
  error: unknown;
}

/**
 * Around code loaded on demand: when it does not arrive, say so in place with a Try again button,
 * instead of the whole app stopping. Any other error goes on up to the app's error boundary.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  override state: LoadBoundaryState = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): LoadBoundaryState {
    return { failed: true, error };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (!isChunkLoadError(this.state.error)) throw this.state.error;
    return (
      <div className="error-summary" role="alert">
        <p>{chunkLoadMessage(this.props.what)}</p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            resetFailedLoads();
            this.setState({ failed: false, error: undefined });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
