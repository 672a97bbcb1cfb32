import { PageHeading } from '../../shared/view/page-heading';
import { useMemo } from 'react';
import type { Area } from '../../domain/area';
import { comparatorGroup } from '../../domain/comparator-groups';
import { ChartDataTable } from '../../shared/charts/chart-data-table';
import { ChartFigure } from '../../shared/charts/chart-figure';
import { GroupedBarChart } from '../../shared/charts/grouped-bar-chart';
import { QueryState } from '../../shared/data/query-state';
import { useMediaQuery } from '../../lib/use-media-query';
import { ChartActions } from '../../shared/export/chart-actions';
import { GlossaryTerms } from '../../shared/view/glossary-terms';
import { buildLevelsChart } from './model/levels-chart';
import { useYearData } from '../../shared/data/use-year-data';
import { hasNoReports, NoReportsNote } from '../../shared/view/no-reports-note';
import { GroupControls } from '../../shared/view/view-controls';
import { useViewStore } from '../../shared/view/view-store';
import type { BreakdownId, LayoutId, SliceId } from '../../shared/view/view-state';

const SLICES_BY_LEVEL: [SliceId, string][] = [
  ['all', 'All categories'],
  ['category1', 'Category 1 only'],
  ['category2', 'Category 2 only'],
  ['category3', 'Category 3 only'],
  ['category4', 'Category 4 only'],
];
const SLICES_BY_CATEGORY: [SliceId, string][] = [
  ['all', 'All levels'],
  ['level1', 'Level 1 only'],
  ['level2', 'Level 2 only'],
  ['level3', 'Level 3 only'],
];

/** Snapshot level × category for the focus area and its comparators. */
export function LevelsView({ areas, year, focus }: { areas: Area[]; year: string; focus: Area }) {
  const view = useViewStore((store) => store.view);
  const update = useViewStore((store) => store.update);
  const { query, data } = useYearData(year);
  const compact = useMediaQuery('(max-width: 640px)');
  const group = useMemo(() => comparatorGroup(areas, view.group, focus, view.custom), [areas, view.group, focus, view.custom]);
  const unit = view.unit === 'share' ? 'share' : 'count';
  const chart = useMemo(
    () => (data ? buildLevelsChart({ areas, data, year, focus, group, by: view.by, slice: view.slice, unit, layout: view.layout }) : undefined),
    [areas, data, year, focus, group, view.by, view.slice, unit, view.layout],
  );
  const slices = view.by === 'level' ? SLICES_BY_LEVEL : SLICES_BY_CATEGORY;
  const slice = slices.some(([id]) => id === view.slice) ? view.slice : 'all';
  return (
    <section aria-labelledby="view-heading">
      <PageHeading id="view-heading">{`Levels and categories, ${year}`}</PageHeading>
      <form className="view-options" aria-label="Chart options" onSubmit={(event) => event.preventDefault()}>
        <GroupControls areas={areas} focus={focus} />
        <div className="field">
          <label htmlFor="by-select">Split by</label>
          <select id="by-select" value={view.by} onChange={(event) => update({ by: event.target.value as BreakdownId, slice: 'all' })}>
            <option value="category">Category</option>
            <option value="level">Level</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="slice-select">Include</label>
          <select id="slice-select" value={slice} onChange={(event) => update({ slice: event.target.value as SliceId })}>
            {slices.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>Show as</legend>
          <div className="segmented">
            {(
              [
                ['grouped-count', 'Numbers, side by side'],
                ['grouped-share', 'Shares, side by side'],
                ['stacked-share', 'Shares, stacked to 100%'],
              ] as const
            ).map(([id, label]) => {
              const [layout, chosenUnit] = id.split('-') as [LayoutId, 'count' | 'share'];
              const checked = view.layout === layout && (layout === 'stacked' || unit === chosenUnit);
              return (
                <label key={id}>
                  <input type="radio" name="levels-layout" checked={checked} onChange={() => update({ layout, unit: chosenUnit })} />
                  {label}
                </label>
              );
            })}
          </div>
        </fieldset>
      </form>
      <QueryState query={query} what={`the reports for ${year}`}>
        {() =>
          data && hasNoReports(data) ? (
            <NoReportsNote year={year} />
          ) : chart ? (
            <ChartFigure
              spec={chart.spec}
              chart={
                <GroupedBarChart
                  series={chart.series}
                  points={chart.points}
                  stacked={view.layout === 'stacked'}
                  percent={view.layout === 'stacked' || unit === 'share'}
                  compact={compact}
                />
              }
              table={<ChartDataTable caption={chart.spec.title} rows={chart.spec.rows} showSeries />}
              explanation={<GlossaryTerms terms={['levels', 'categories', 'snapshot']} />}
              actions={(chartArea) => <ChartActions spec={chart.spec} chartArea={chartArea} />}
            />
          ) : null
        }
      </QueryState>
    </section>
  );
}
