import { useEffect, useReducer, useState, type ComponentType } from 'react';
import type { Area } from '../domain/area';
import { useViewStore } from '../shared/view/view-store';
import type { ViewId } from '../shared/view/view-state';
import { ViewSkeleton } from '../shared/data/view-skeleton';

interface DashboardViewProps {
  areas: Area[];
  years: string[];
  year: string;
  focus: Area;
}

type LoadableView = Exclude<ViewId, 'glossary'>;
type ViewComponent = ComponentType<DashboardViewProps>;

// Each view's code loads on first use, so the first page costs only the shell, the data layer and
// its own view. Views are loaded by hand rather than with React.lazy: a Suspense boundary holds
// back the finished view for up to 300 ms after its fallback, which would slow every first chart.
const loaders: Record<LoadableView, () => Promise<ViewComponent>> = {
  summary: () => import('./views').then((m) => m.SummaryView),
  compare: () =>
    import('./views').then(
      ({ CompareView }) =>
        function Compare({ areas, years, year, focus }: DashboardViewProps) {
          return <CompareView areas={areas} years={years} year={year} focus={focus} heading={`Compare areas, ${year}`} />;
        },
    ),
  rates: () =>
    import('./views').then(
      ({ CompareView }) =>
        function Rates({ areas, years, year, focus }: DashboardViewProps) {
          return (
            <CompareView
              areas={areas}
              years={years}
              year={year}
              focus={focus}
              fixedMeasure="rsoPer100k"
              heading={`Registered sexual offenders per 100,000 population, ${year}`}
            />
          );
        },
    ),
  levels: () => import('./views').then((m) => m.LevelsView),
  recalls: () => import('./views').then((m) => m.RecallsView),
  trends: () => import('./views').then((m) => m.TrendsView),
  tables: () => import('./views').then((m) => m.ReportTablesView),
  import: () => import('../features/import/import-page').then((m) => m.default),
};

const loaded = new Map<LoadableView, ViewComponent>();
const loading = new Map<LoadableView, Promise<ViewComponent>>();

function loadView(view: LoadableView): Promise<ViewComponent> {
  const started =
    loading.get(view) ??
    loaders[view]().then(
      (component) => {
        loaded.set(view, component);
        return component;
      },
      (error: unknown) => {
        // Let a later attempt (Try again) fetch the code afresh.
        loading.delete(view);
        throw error;
      },
    );
  loading.set(view, started);
  return started;
}

/** Start loading a view's code before it is needed (at start-up, in parallel with the data). */
export function preloadView(view: ViewId): void {
  if (view !== 'glossary') loadView(view).catch(() => undefined);
}

export function DashboardView(props: DashboardViewProps) {
  const view = useViewStore((store) => store.view.view);
  const loadable: LoadableView = view === 'glossary' ? 'summary' : view;
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const [failure, setFailure] = useState<{ view: LoadableView; message: string } | undefined>();
  const [attempt, setAttempt] = useState(0);
  const Component = loaded.get(loadable);

  useEffect(() => {
    if (Component) return;
    let current = true;
    loadView(loadable).then(
      () => current && rerender(),
      (error: unknown) => current && setFailure({ view: loadable, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [Component, loadable, attempt]);

  // Not created during render: the same component object comes from the module-level cache every time.
  // eslint-disable-next-line react-hooks/static-components
  if (Component) return <Component {...props} />;
  if (failure?.view === loadable) {
    return (
      <div className="error-summary" role="alert">
        <p>
          <strong>Could not load this view.</strong> The page’s code did not arrive ({failure.message}). Check your connection, then try again.
        </p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setFailure(undefined);
            setAttempt((count) => count + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  return <ViewSkeleton what="this view" />;
}
