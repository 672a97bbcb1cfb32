import type { QueryClient } from '@tanstack/react-query';
import type { ViewState } from '../features/comparison/view-state';
import { dataQueries } from '../features/data/queries';

/**
 * Ask for everything the first view needs at once: the areas, the years and the year's reports,
 * instead of one after another as each component mounts. (The year before, for change, is asked
 * for by the view once these are in, so it never competes with them.)
 * The saved copy, restored meanwhile, never overwrites a fresher answer (TanStack's hydrate
 * keeps whichever is newer).
 * Failures are left to the components, which show them with a retry.
 */
export function startLoading(client: QueryClient, view: ViewState): void {
  if (view.view === 'glossary' || view.view === 'import') return;
  const queries = dataQueries();
  const ignore = () => undefined;
  void client.prefetchQuery(queries.areas()).catch(ignore);
  const reportsFor = (year: string) => {
    void client.prefetchQuery(queries.reportsForYear(year)).catch(ignore);
  };
  if (view.year !== undefined) {
    void client.prefetchQuery(queries.years()).catch(ignore);
    reportsFor(view.year);
    return;
  }
  client
    .fetchQuery(queries.years())
    .then((years) => {
      const latest = years.at(-1);
      if (latest) reportsFor(latest);
    })
    .catch(ignore);
}
