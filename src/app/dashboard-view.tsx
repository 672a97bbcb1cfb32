import { lazy, Suspense } from 'react';
import type { Area } from '../features/areas/area-schema';
import { useViewStore } from '../features/comparison/view-store';
import type { ViewId } from '../features/comparison/view-state';
import { ViewSkeleton } from '../features/data/view-skeleton';

// Each view loads on first use: the first page costs only the shell, the data layer and its own view.
const loaders = {
  summary: () => import('../features/comparison/summary-view'),
  compare: () => import('../features/comparison/compare-view'),
  levels: () => import('../features/comparison/levels-view'),
  recalls: () => import('../features/comparison/recalls-view'),
  trends: () => import('../features/comparison/trends-view'),
  tables: () => import('../features/comparison/report-tables-view'),
  import: () => import('../features/import/import-page'),
};

/** Start loading a view's code before React asks for it (at start-up, in parallel with the data). */
export function preloadView(view: ViewId): void {
  const load = view === 'rates' ? loaders.compare : view === 'glossary' ? undefined : loaders[view];
  void load?.().catch(() => undefined);
}

const SummaryView = lazy(() => loaders.summary().then((m) => ({ default: m.SummaryView })));
const CompareView = lazy(() => loaders.compare().then((m) => ({ default: m.CompareView })));
const LevelsView = lazy(() => loaders.levels().then((m) => ({ default: m.LevelsView })));
const RecallsView = lazy(() => loaders.recalls().then((m) => ({ default: m.RecallsView })));
const TrendsView = lazy(() => loaders.trends().then((m) => ({ default: m.TrendsView })));
const ReportTablesView = lazy(() => loaders.tables().then((m) => ({ default: m.ReportTablesView })));
const ImportPage = lazy(() => loaders.import());

interface DashboardViewProps {
  areas: Area[];
  years: string[];
  year: string;
  focus: Area;
}

export function DashboardView(props: DashboardViewProps) {
  return (
    <Suspense fallback={<ViewSkeleton what="this view" />}>
      <CurrentView {...props} />
    </Suspense>
  );
}

function CurrentView({ areas, years, year, focus }: DashboardViewProps) {
  const view = useViewStore((store) => store.view.view);
  switch (view) {
    case 'tables':
      return <ReportTablesView areas={areas} year={year} focus={focus} />;
    case 'import':
      return <ImportPage areas={areas} years={years} />;
    case 'rates':
      return (
        <CompareView
          areas={areas}
          year={year}
          focus={focus}
          fixedMeasure="rsoPer100k"
          heading={`Registered sexual offenders per 100,000 population, ${year}`}
        />
      );
    case 'compare':
      return <CompareView areas={areas} year={year} focus={focus} heading={`Compare areas, ${year}`} />;
    case 'levels':
      return <LevelsView areas={areas} year={year} focus={focus} />;
    case 'recalls':
      return <RecallsView areas={areas} year={year} focus={focus} />;
    case 'trends':
      return <TrendsView areas={areas} years={years} focus={focus} />;
    default:
      return <SummaryView areas={areas} years={years} year={year} focus={focus} />;
  }
}
