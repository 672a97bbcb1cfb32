import { Suspense, useEffect } from 'react';
import type { Area } from '../features/areas/area-schema';
import { FocusAreaPicker } from '../features/areas/focus-area-picker';
import { useAreas, useCoverage, useYears } from '../features/data/use-data';
import { landingNote, landingYear } from '../features/data/landing-year';
import { ViewSkeleton } from '../features/data/view-skeleton';
import { useViewStore } from '../features/comparison/view-store';
import { useUrlSync } from '../features/comparison/use-url-sync';
import type { ViewId } from '../features/comparison/view-state';
import { ViewLink } from './nav-link';
import { QueryState } from '../features/data/query-state';
import { DashboardView } from './dashboard-view';
import { Notices } from './notices';
import { DataRefresh } from './data-refresh';
import { installPrintSupport } from '../features/export/print';
import { useLoadSavedImports } from '../features/import/use-saved-imports';
import { LoadBoundary, retryableLazy } from '../lib/lazy-load';
import { ServiceWorkerStatus } from './offline/service-worker-status';

const GlossaryPage = retryableLazy(() => import('../features/comparison/glossary-page'));

const NAV: { id: ViewId; label: string }[] = [
  { id: 'summary', label: 'Area summary' },
  { id: 'compare', label: 'Compare areas' },
  { id: 'levels', label: 'Levels and categories' },
  { id: 'recalls', label: 'Recalls' },
  { id: 'rates', label: 'RSOs per 100,000' },
  { id: 'trends', label: 'Trends' },
  { id: 'tables', label: 'Report tables' },
];

export function App({ scenario }: { scenario?: string | undefined }) {
  useUrlSync();
  useLoadSavedImports();
  useEffect(() => installPrintSupport(), []);
  const view = useViewStore((store) => store.view);
  const areasQuery = useAreas();
  const yearsQuery = useYears();
  const reconcile = useViewStore((store) => store.reconcile);
  useEffect(() => {
    if (areasQuery.data && yearsQuery.data) {
      reconcile({ areaIds: areasQuery.data.map((a) => a.id), years: yearsQuery.data });
    }
  }, [areasQuery.data, yearsQuery.data, reconcile, view]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <p className="product-name">
            <a href={window.location.pathname}>MAPPA Compare</a>
          </p>
          <p className="tagline">Multi-Agency Public Protection Arrangements statistics for the 42 areas of England and Wales, side by side</p>
        </div>
      </header>
      <nav className="view-nav" aria-label="Views">
        <ul className="container">
          {NAV.map((item) => (
            <li key={item.id}>
              <ViewLink patch={{ view: item.id }} current={view.view === item.id}>
                {item.label}
              </ViewLink>
            </li>
          ))}
          <li>
            <ViewLink patch={{ view: 'glossary' }} current={view.view === 'glossary'}>
              Glossary
            </ViewLink>
          </li>
          <li>
            <ViewLink patch={{ view: 'import' }} current={view.view === 'import'}>
              Import
            </ViewLink>
          </li>
        </ul>
      </nav>
      <ServiceWorkerStatus />
      {scenario && (
        <p className="scenario-banner container" role="status">
          Development scenario “{scenario}” is on: the mock API is behaving badly on purpose.
        </p>
      )}
      <main id="main" className="container" tabIndex={-1}>
        <Notices />
        {view.view === 'glossary' ? (
          <LoadBoundary what="the glossary">
            <Suspense fallback={<p role="status">Loading the glossary…</p>}>
              <GlossaryPage />
            </Suspense>
          </LoadBoundary>
        ) : (
          <QueryState query={areasQuery} what="the list of areas">
            {(areas) => (
              <QueryState query={yearsQuery} what="the list of years">
                {(years) => <Workspace areas={areas} years={years} />}
              </QueryState>
            )}
          </QueryState>
        )}
      </main>
      <footer className="site-footer">
        <div className="container">
          <DataRefresh />
          <p>
            Figures come from MAPPA annual reports and from published headline figures, each with its source. Where we do not yet hold a report, views show{' '}
            <strong>illustrative</strong> (synthetic) figures and say so. Nothing you do here leaves your browser except requests to the data service.
          </p>
        </div>
      </footer>
    </>
  );
}

function Workspace({ areas, years }: { areas: Area[]; years: string[] }) {
  const view = useViewStore((store) => store.view);
  const update = useViewStore((store) => store.update);
  const coverage = useCoverage(view.year === undefined);
  const focus = areas.find((area) => area.id === view.area);
  if (view.year === undefined && coverage.isPending) return <ViewSkeleton what="this view" />;
  const landing = landingYear(years, view.year, coverage.data, view.area);
  const year = landing.year;
  const note = focus && landingNote(landing, focus.name);
  return (
    <>
      {view.view !== 'import' && (
        <form className="controls" aria-label="Choose area and year" onSubmit={(event) => event.preventDefault()}>
          <FocusAreaPicker areas={areas} selectedId={view.area} onSelect={(area) => update({ area })} />
          <div className="field">
            <label htmlFor="year-select">Year</label>
            <select id="year-select" value={year} onChange={(event) => update({ year: event.target.value })}>
              {[...years].reverse().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      {note && view.view !== 'import' && (
        <p className="landing-note" data-testid="landing-note">
          {note}
        </p>
      )}
      {focus ? <DashboardView areas={areas} years={years} year={year} focus={focus} /> : <p role="status">Choosing an area…</p>}
    </>
  );
}
