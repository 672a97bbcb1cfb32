import type { QueryClient } from '@tanstack/react-query';
import type { ViewState } from '../shared/view/view-state';
import { dataQueries } from '../shared/data/queries';
import { landingYear } from '../shared/data/landing-year';

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
  void client.prefetchQuery(queries.areas());
  // prefetchQuery never throws; fetchQuery does, so only the latter needs a catch.
  if (view.year !== undefined) {
    void client.prefetchQuery(queries.years());
    void client.prefetchQuery(queries.reportsForYear(view.year));
    return;
  }
  // No year chosen: the view opens on the focus area's latest year with published figures, so the
  // years and the coverage are asked for together, then that year's reports.
  Promise.all([client.fetchQuery(queries.years()), client.fetchQuery(queries.coverage()).catch(() => undefined)])
    .then(([years, coverage]) => {
      const { year } = landingYear(years, undefined, coverage, view.area);
      if (year) void client.prefetchQuery(queries.reportsForYear(year));
    })
    .catch(() => undefined);
}
