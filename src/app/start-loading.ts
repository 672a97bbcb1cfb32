import type { QueryClient } from '@tanstack/react-query';
import { dataQueries } from '../shared/data/queries';
import type { ViewState } from '../shared/view/view-state';
import { resolveView, viewFor } from './view-registry';

/**
 * Ask for everything the first view needs at once: its code, the areas, the years, the coverage
 * and then the reports the view resolves to, instead of one after another as components mount.
 * A year in the link is asked for as soon as the years list has it. The saved copy, restored meanwhile, never
 * overwrites a fresher answer (TanStack's hydrate keeps whichever is newer). Failures are left
 * to the components, which show them with a retry.
 *
 * Resolves (never rejects) once every one of those requests has ended, well or not.
 */
export function startLoading(client: QueryClient, state: ViewState): Promise<void> {
  const view = viewFor(state.view);
  const code = view.preload().catch(() => undefined);
  // Reports are asked for by area and year: a page that reads neither (the glossary, the import page) needs none.
  if (!view.reads('area') && !view.reads('year')) return code;
  const queries = dataQueries();
  // Only years the data service lists are asked for (never a 404 for a year typed into the link).
  // The year in the link is asked for as soon as the years list is in (index.html preloads it),
  // without waiting for the areas.
  const years = client.fetchQuery(queries.years());
  const linkedYear = state.year;
  const linkedReports =
    linkedYear === undefined
      ? undefined
      : years
          .then((listed) => (listed.some((year) => year === linkedYear) ? client.prefetchQuery(queries.reportsForYear(linkedYear)) : undefined))
          .catch(() => undefined);
  const viewReports = Promise.all([
    client.fetchQuery(queries.areas()),
    years,
    state.year === undefined ? client.fetchQuery(queries.coverage()).catch(() => undefined) : Promise.resolve(undefined),
  ])
    .then(async ([areas, years, coverage]) => {
      const { needs } = resolveView({ state, areas, years, coverage });
      await Promise.all([
        ...needs.years.map((year) => client.prefetchQuery(queries.reportsForYear(year))),
        ...needs.areaSeries.map((areaId) => client.prefetchQuery(queries.reportsForArea(areaId))),
      ]);
    })
    .catch(() => undefined);
  return Promise.all([code, linkedReports, viewReports]).then(() => undefined);
}
