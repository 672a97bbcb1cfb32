import { useIsFetching, useQueryClient } from '@tanstack/react-query';

/** Ask the data service again for everything on screen. */
export function DataRefresh() {
  const client = useQueryClient();
  const fetching = useIsFetching();
  return (
    <p className="data-refresh">
      <button type="button" className="button-secondary" onClick={() => void client.refetchQueries({ type: 'active' })} disabled={fetching > 0}>
        {fetching > 0 ? 'Loading data…' : 'Reload data'}
      </button>
    </p>
  );
}
