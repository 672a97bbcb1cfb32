import { compareView, ratesView, recallsView } from '../features/compare/definition';
import { funnelView } from '../features/funnel/definition';
import { glossaryView } from '../features/glossary/definition';
import { importView } from '../features/import/definition';
import { levelsView } from '../features/levels/definition';
import { mapView } from '../features/map/definition';
import { summaryView } from '../features/summary/definition';
import { tablesView } from '../features/tables/definition';
import { trendsView } from '../features/trends/definition';
import type { RegisteredView, ResolvedView, ViewInput, ViewRegistry } from '../shared/view/view-definition';
import type { ViewId, VIEW_IDS } from '../shared/view/view-ids';

/**
 * Every view of the app, in navigation order: one definition for each id of VIEW_IDS, in its order
 * (TypeScript checks both). Navigation, start-up loading and the board-paper pack read this list;
 * the URL parser and the browser tests read VIEW_IDS.
 */
export const VIEWS: ViewRegistry<typeof VIEW_IDS> = [
  summaryView,
  compareView,
  mapView,
  levelsView,
  recallsView,
  ratesView,
  trendsView,
  funnelView,
  tablesView,
  glossaryView,
  importView,
];

/** Views whose ids the URL knows but that are not built yet fall back to the area summary. */
export function viewFor(id: ViewId): RegisteredView {
  return VIEWS.find((view) => view.id === id) ?? summaryView;
}

/** What the URL's view shows, with every default and fallback decided: one pure step. */
export function resolveView(input: ViewInput): ResolvedView & { render: () => React.ReactNode } {
  return viewFor(input.state.view).resolve(input);
}
