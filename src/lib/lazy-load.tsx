import { Component, createElement, lazy, type ComponentProps, type ComponentType, type ReactNode } from 'react';
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
