import { lazy, Suspense } from 'react';
import type { Area } from '../features/areas/area-schema';
import { useViewStore } from '../features/comparison/view-store';
import { ReportTablesView } from '../features/comparison/report-tables-view';
import { ComparisonViews } from '../features/comparison/comparison-views';

const ImportPage = lazy(() => import('../features/import/import-page'));

interface DashboardViewProps {
  areas: Area[];
  years: string[];
  year: string;
  focus: Area;
}

export function DashboardView({ areas, years, year, focus }: DashboardViewProps) {
  const view = useViewStore((store) => store.view.view);
  switch (view) {
    case 'tables':
      return <ReportTablesView areas={areas} year={year} focus={focus} />;
    case 'import':
      return (
        <Suspense fallback={<p role="status">Loading the import tools…</p>}>
          <ImportPage areas={areas} years={years} />
        </Suspense>
      );
    default:
      return <ComparisonViews areas={areas} years={years} year={year} focus={focus} />;
  }
}
