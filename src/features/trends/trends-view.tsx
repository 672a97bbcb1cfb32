import { PageHeading } from '../../shared/view/page-heading';
import { useMemo } from 'react';
import { LazyAreaMultiSelect } from '../../shared/areas/lazy-area-multi-select';
import type { Area } from '../../domain/area';
import { localAreas } from '../../domain/comparator-groups';
import { ChartDataTable } from '../../shared/charts/chart-data-table';
import { ChartFigure } from '../../shared/charts/chart-figure';
import { TrendLineChart } from '../../shared/charts/trend-line-chart';
import { describeError } from '../../shared/data/api-error';
import { useMediaQuery } from '../../lib/use-media-query';
import { ChartActions } from '../../shared/export/chart-actions';
import { GlossaryTerms } from '../../shared/view/glossary-terms';
import { MEASURES } from '../../domain/measures';
import { buildTrendChart } from './model/trend-chart';
import { useAllYearsData } from '../../shared/data/use-year-data';
import { effectiveUnit, MeasureSelect, UnitChoice } from '../../shared/view/view-controls';
import { useViewStore } from '../../shared/view/view-store';
import { MAX_TREND_AREAS } from '../../shared/view/view-state';

/** Lines over the years for the focus area, chosen areas and England and Wales. */
export function TrendsView({ areas, years, focus }: { areas: Area[]; years: string[]; focus: Area }) {
  const view = useViewStore((store) => store.view);
  const update = useViewStore((store) => store.update);
  const all = useAllYearsData(years);
  const compact = useMediaQuery('(max-width: 640px)');
  const unit = effectiveUnit(view.measure, view.unit);
  const chart = useMemo(
    () => buildTrendChart({ areas, yearData: all.data, years, measure: MEASURES[view.measure], unit, focus, chosenIds: view.trend }),
    [areas, all.data, years, view.measure, unit, focus, view.trend],
  );
  const choosable = localAreas(areas).filter((area) => area.id !== focus.id);
  return (
    <section aria-labelledby="view-heading">
      <PageHeading id="view-heading">{`Trends, ${years[0] ?? ''} to ${years.at(-1) ?? ''}`}</PageHeading>
      <form className="view-options" aria-label="Chart options" onSubmit={(event) => event.preventDefault()}>
        <MeasureSelect />
        <UnitChoice measureId={view.measure} />
        <LazyAreaMultiSelect
          label="Areas to draw beside the focus area"
          areas={choosable}
          selectedIds={view.trend}
          onChange={(ids) => update({ trend: ids.slice(0, MAX_TREND_AREAS) })}
          max={MAX_TREND_AREAS}
          hint={`Up to ${MAX_TREND_AREAS} areas. Type to search, then press Enter to add.`}
        />
      </form>
      {all.errors.length > 0 && (
        <div className="error-summary" role="alert">
          <p>
            <strong>Some years could not be loaded:</strong> {all.errors.map((e) => `${e.year} (${describeError(e.error)})`).join('; ')}. Those years show as
            gaps.
          </p>
          <button type="button" className="button-secondary" onClick={all.refetch}>
            Try again
          </button>
        </div>
      )}
      {all.isLoading && all.data.length === 0 ? (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> Loading every year’s reports…
        </div>
      ) : (
        <ChartFigure
          spec={chart.spec}
          chart={
            <TrendLineChart series={chart.series} points={chart.points} seriesBreakYear={chart.seriesBreakYear} compact={compact} rows={chart.spec.rows} />
          }
          table={<ChartDataTable caption={chart.spec.title} rows={chart.spec.rows} showYear />}
          explanation={<GlossaryTerms terms={MEASURES[view.measure].glossary} />}
          actions={(chartArea) => <ChartActions spec={chart.spec} chartArea={chartArea} />}
        />
      )}
    </section>
  );
}
