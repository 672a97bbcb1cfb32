import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../shared/data/api-error';
import { isFromEarlierVisit, SAVED_DATA_MAX_AGE_MS } from '../shared/data/persistence';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx or a malformed answer will not fix itself; network trouble might.
        retry: (failureCount, error) => failureCount < 2 && !(error instanceof ApiError && (error.code === 'invalid-response' || isClientError(error.status))),
        refetchOnWindowFocus: false,
        // Figures restored from the saved copy are shown at once and always checked again.
        refetchOnMount: (query) => (isFromEarlierVisit(query.state.dataUpdatedAt) ? 'always' : true),
        // Kept as long as the saved copy, or restored figures would be dropped before they are used.
        gcTime: SAVED_DATA_MAX_AGE_MS,
      },
    },
  });
}

function isClientError(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500;
}
