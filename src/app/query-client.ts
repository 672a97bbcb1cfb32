import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../shared/data/api-error';
import { isFromEarlierVisit, SAVED_DATA_MAX_AGE_MS } from '../shared/data/persistence';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        refetchOnWindowFocus: false,
        // Figures restored from the saved copy are shown at once and always checked again.
        refetchOnMount: (query) => (isFromEarlierVisit(query.state.dataUpdatedAt) ? 'always' : true),
        // Kept as long as the saved copy, or restored figures would be dropped before they are used.
        gcTime: SAVED_DATA_MAX_AGE_MS,
      },
    },
  });
}

/**
 * A dropped connection may recover at once, so it is tried twice more. A 4xx or a malformed answer will
 * not fix itself, and a timeout is not retried so that "did not answer within 15 seconds" is the real wait:
 * the person chooses to wait again with the retry button.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!(error instanceof ApiError)) return true;
  return error.code !== 'timeout' && error.code !== 'invalid-response' && !isClientError(error.status);
}

function isClientError(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500;
}
