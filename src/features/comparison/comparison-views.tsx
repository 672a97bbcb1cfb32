import type { Area } from '../areas/area-schema';
import { CompareView } from './compare-view';
import { LevelsView } from './levels-view';
import { RecallsView } from './recalls-view';
import { SummaryView } from './summary-view';
import { TrendsView } from './trends-view';
import { useViewStore } from './view-store';

interface ComparisonViewsProps {
  areas: Area[];
  years: string[];
  year: string;
  focus: Area;
}

export function ComparisonViews({ areas, years, year, focus }: ComparisonViewsProps) {
  const view = useViewStore((store) => store.view.view);
  switch (view) {
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
