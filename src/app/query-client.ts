import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../features/data/api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx or a malformed answer will not fix itself; network trouble might.
        retry: (failureCount, error) => failureCount < 2 && !(error instanceof ApiError && (error.code === 'invalid-response' || isClientError(error.status))),
        refetchOnWindowFocus: false,
      },
    },
  });
}

function isClientError(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500;
}
