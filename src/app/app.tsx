import { pagePath } from '../lib/page-path';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { Area } from '../domain/area';
import { localAreas } from '../domain/comparator-groups';
import { FocusAreaPicker } from '../shared/areas/focus-area-picker';
import { installPrintWidth } from '../shared/charts/print-width';
import { QueryState } from '../shared/data/query-state';
import { useAreas, useCoverage, useDataQueries, useYears } from '../shared/data/use-data';
import { loadViewData } from '../shared/data/use-view-data';
import { landingNote } from '../shared/data/landing-year';
import { useImportedReportsStore } from '../shared/user-data/imported-reports-store';
import { ViewSkeleton } from '../shared/data/view-skeleton';
import { PackFiguresContext, type PackFigures } from '../shared/export/board-pack-context';
import { installPrintSupport } from '../shared/export/print';
import { useUrlSync } from '../shared/view/use-url-sync';
import type { ViewInput } from '../shared/view/view-definition';
import { useViewStore } from '../shared/view/view-store';
import { GeographyChoice } from '../shared/view/view-controls';
import { YearField } from '../shared/view/year-field';
import { useLoadSavedImports, useSavedImportsLoaded } from '../shared/user-data/use-saved-imports';
import { unionOfYears } from '../domain/years';
import { DataRefresh } from './data-refresh';
import { Notices } from './notices';
import { ViewLoader } from './view-loader';
import { ViewNavigation } from './view-navigation';
import { ServiceWorkerStatus } from './offline/service-worker-status';
import { resolveView, viewFor, VIEWS } from './view-registry';

export function App({ scenario }: { scenario?: string | undefined }) {
  useUrlSync();
  useLoadSavedImports();
  useEffect(() => installPrintSupport(), []);
  useEffect(() => installPrintWidth(), []);
  const view = useViewStore((store) => store.view);
  const areasQuery = useAreas();
  const yearsQuery = useYears();
  const reconcile = useViewStore((store) => store.reconcile);
  const years = useYearsWithImports(yearsQuery.data);
  const importsLoaded = useSavedImportsLoaded();
  useEffect(() => {
    // A linked year only a saved import holds is not known until the saved imports are read.
    if (areasQuery.data && years && importsLoaded) {
      reconcile({ areas: areasQuery.data, years });
    }
  }, [areasQuery.data, years, importsLoaded, reconcile, view]);
  const areaCount = areasQuery.data ? localAreas(areasQuery.data).length : undefined;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <p className="product-name">
            <a href={pagePath()}>MAPPA Compare</a>
          </p>
          <p className="tagline">
            Multi-Agency Public Protection Arrangements statistics for {areaCount === undefined ? 'the areas' : `the ${areaCount} areas`} of England and Wales,
            side by side
          </p>
        </div>
      </header>
      <ViewNavigation />
      <ServiceWorkerStatus />
      {scenario && (
        <p className="scenario-banner container" role="status">
          Development scenario “{scenario}” is on: the mock API is behaving badly on purpose.
        </p>
      )}
      <main id="main" className="container" tabIndex={-1}>
        <Notices />
        <QueryState query={areasQuery} what="the list of areas">
          {(areas) => (
            <QueryState query={yearsQuery} what="the list of years">
              {(served) => <Workspace areas={areas} years={years ?? served} />}
            </QueryState>
          )}
        </QueryState>
      </main>
      <footer className="site-footer">
        <div className="container">
          <DataRefresh />
          <p>
            Figures come from the annual reports of MAPPA (Multi-Agency Public Protection Arrangements) and from published headline figures, each with its
            source. Where we do not yet hold a report, views show <strong>illustrative</strong> (synthetic) figures and say so. Nothing you do here leaves your
            browser except requests to the data service.
          </p>
        </div>
      </footer>
    </>
  );
}

/** The data service's years and any a saved import brings (a later year appears with no code change), oldest first. */
function useYearsWithImports(served: string[] | undefined): string[] | undefined {
  const imported = useImportedReportsStore((store) => store.imported);
  return useMemo(
    () =>
      served &&
      unionOfYears(
        served,
        imported.map((report) => report.year),
      ),
    [served, imported],
  );
}

function Workspace({ areas, years }: { areas: Area[]; years: string[] }) {
  const state = useViewStore((store) => store.view);
  const update = useViewStore((store) => store.update);
  const coverage = useCoverage(state.year === undefined);
  const input = useMemo<ViewInput>(() => ({ state, areas, years, coverage: coverage.data }), [state, areas, years, coverage.data]);
  const resolved = useMemo(() => resolveView(input), [input]);
  const packFigures = usePackFigures(input);
  const selectArea = useCallback((area: string) => update({ area }), [update]);
  // The focus is chosen among the units of the level shown (areas, or probation regions) and England and Wales.
  const pickable = useMemo(() => areas.filter((area) => area.kind === 'national' || area.kind === resolved.level), [areas, resolved.level]);
  const selectYear = useCallback((year: string) => update({ year }), [update]);
  if (state.year === undefined && coverage.isPending) return <ViewSkeleton what="this view" />;
  const view = viewFor(resolved.view);
  // The view's own parameters decide the bar: a page that reads neither area nor year has none.
  const choosesArea = view.reads('area');
  const choosesYear = view.reads('year');
  const note = landingNote(resolved.landing, resolved.focus.name);
  return (
    <>
      {(choosesArea || choosesYear) && (
        <form className="controls" aria-label={controlsLabel(choosesArea, choosesYear)} onSubmit={(event) => event.preventDefault()}>
          {view.reads('geo') && <GeographyChoice value={resolved.level} />}
          {choosesArea && (
            <FocusAreaPicker
              areas={pickable}
              selectedId={resolved.focus.id}
              onSelect={selectArea}
              label={resolved.level === 'region' ? 'Focus region' : 'Focus area'}
            />
          )}
          {choosesYear && <YearField years={years} year={resolved.landing.year} onChange={selectYear} describedBy={note ? 'landing-note' : undefined} />}
          {note && choosesYear && (
            <p className="landing-note" id="landing-note" data-testid="landing-note">
              {note}
            </p>
          )}
        </form>
      )}
      <PackFiguresContext.Provider value={packFigures}>
        <ViewLoader key={resolved.view} view={view} render={resolved.render} />
      </PackFiguresContext.Provider>
    </>
  );
}

function controlsLabel(area: boolean, year: boolean): string {
  if (area && year) return 'Choose area and year';
  return area ? 'Choose area' : 'Choose year';
}

/** The board-paper pack's figures: every registered view's, for the focus area and year on screen. */
function usePackFigures(input: ViewInput): PackFigures {
  const client = useQueryClient();
  const queries = useDataQueries();
  const imported = useImportedReportsStore((store) => store.imported);
  return useCallback<PackFigures>(
    async (signal, onProgress) => {
      const figures = [];
      for (const view of VIEWS) {
        if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
        onProgress(`Building the ${view.navLabel.toLowerCase()} figures`);
        figures.push(...(await view.packFigures(input, (needs) => loadViewData(client, queries, needs, imported))));
      }
      return figures;
    },
    [client, queries, imported, input],
  );
}
