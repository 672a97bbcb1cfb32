import { lazy, Suspense } from 'react';
import type { Area } from '../features/areas/area-schema';
import { useViewStore } from '../features/comparison/view-store';
import { ViewSkeleton } from '../features/data/view-skeleton';

// Each view loads on first use: the first page costs only the shell, the data layer and its own view.
const SummaryView = lazy(() => import('../features/comparison/summary-view').then((m) => ({ default: m.SummaryView })));
const CompareView = lazy(() => import('../features/comparison/compare-view').then((m) => ({ default: m.CompareView })));
const LevelsView = lazy(() => import('../features/comparison/levels-view').then((m) => ({ default: m.LevelsView })));
const RecallsView = lazy(() => import('../features/comparison/recalls-view').then((m) => ({ default: m.RecallsView })));
const TrendsView = lazy(() => import('../features/comparison/trends-view').then((m) => ({ default: m.TrendsView })));
const ReportTablesView = lazy(() => import('../features/comparison/report-tables-view').then((m) => ({ default: m.ReportTablesView })));
const ImportPage = lazy(() => import('../features/import/import-page'));

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
