import { useEffect, useReducer, useState, type ReactNode } from 'react';
import type { RegisteredView } from '../shared/view/view-definition';
import { ViewSkeleton } from '../shared/data/view-skeleton';
import { chunkLoadMessage } from '../lib/chunk-load';

/**
 * A view's code arrives on first use; meanwhile a skeleton shows. Loaded by hand rather than
 * with React.lazy: a Suspense boundary holds back the finished view for up to 300 ms after its
 * fallback, which would slow every first chart. A failed load offers a retry, never the error page.
 */
export function ViewLoader({ view, render }: { view: RegisteredView; render: () => ReactNode }) {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const [failure, setFailure] = useState<{ view: string; message: string } | undefined>();
  const [attempt, setAttempt] = useState(0);
  const loaded = view.isLoaded();

  useEffect(() => {
    if (loaded) return undefined;
    let current = true;
    view.preload().then(
      () => current && rerender(),
      (error: unknown) => current && setFailure({ view: view.id, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [view, loaded, attempt]);

  if (loaded) return <>{render()}</>;
  if (failure?.view === view.id) {
    return (
      <div className="error-summary" role="alert">
        <p>
          <strong>{chunkLoadMessage(`the ${view.navLabel.toLowerCase()}`)}</strong> ({failure.message})
        </p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setFailure(undefined);
            setAttempt((count) => count + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  return <ViewSkeleton what="this view" />;
}
