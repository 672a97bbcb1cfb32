import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describeError } from './api-error';
import { shownDataNote } from './saved-copy';
import { ViewSkeleton } from './view-skeleton';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is loading, for messages: "the reports for 2021-22". */
  what: string;
  children: (data: T) => ReactNode;
}

/**
 * Loading, error and retry around server data. When a refresh fails after data had loaded,
 * the data stays on screen with the error beside it: what the user had is never lost.
 */
export function QueryState<T>({ query, what, children }: QueryStateProps<T>) {
  const retry = (
    <button type="button" className="button-secondary" onClick={() => void query.refetch()} disabled={query.isFetching}>
      {query.isFetching ? 'Trying again…' : 'Try again'}
    </button>
  );
  if (query.data !== undefined) {
    const shown = shownDataNote(query.dataUpdatedAt, query.isError);
    return (
      <>
        {query.isError ? (
          <div className="error-summary" role="alert">
            <p>
              <strong>Could not refresh {what}.</strong> {describeError(query.error)} {shown?.text}
            </p>
            {retry}
          </div>
        ) : (
          shown?.fromSavedCopy && (
            <p className="saved-copy-note" role="status">
              {shown.text} Checking the data service for newer figures…
            </p>
          )
        )}
        {children(query.data)}
      </>
    );
  }
  if (query.isError) {
    return (
      <div className="error-summary" role="alert">
        <p>
          <strong>Could not load {what}.</strong> {describeError(query.error)}
        </p>
        {retry}
      </div>
    );
  }
  return <ViewSkeleton what={what} />;
}
