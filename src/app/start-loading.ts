import type { QueryClient } from '@tanstack/react-query';
import type { ViewState } from '../features/comparison/view-state';
import { dataQueries } from '../features/data/queries';
import { isMappaYear, previousYear } from '../features/data/years';

/**
 * Ask for everything the first view needs at once: the areas, the years and the year's reports
 * (and the year before, for change), instead of one after another as each component mounts.
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
    if (isMappaYear(year) && view.view !== 'tables') void client.prefetchQuery(queries.reportsForYear(previousYear(year))).catch(ignore);
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
