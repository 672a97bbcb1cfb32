import { PageHeading } from '../../shared/view/page-heading';
import { useMemo, type ReactNode } from 'react';
import type { Area } from '../../domain/area';
import { comparatorGroup } from '../../domain/comparator-groups';
import { ChartDataTable } from '../../shared/charts/chart-data-table';
import { ChartFigure } from '../../shared/charts/chart-figure';
import { RankedBarChart } from '../../shared/charts/ranked-bar-chart';
import { QueryState } from '../../shared/data/query-state';
import { RecordErrorsNote } from '../../shared/data/record-errors-note';
import { useMediaQuery } from '../../lib/use-media-query';
import { ChartActions } from '../../shared/export/chart-actions';
import { GlossaryTerms } from '../../shared/view/glossary-terms';
import { MEASURES, type MeasureId } from '../../domain/measures';
import { buildCompareChart } from './model/compare-spec';
import { useYearData } from '../../shared/data/use-year-data';
import { hasNoReports, NoReportsNote } from '../../shared/view/no-reports-note';
import { GroupControls, MeasureSelect, SortSelect, UnitChoice, effectiveUnit } from '../../shared/view/view-controls';
import { isMappaYear, previousYear as previousYearOf } from '../../domain/years';
import { useViewStore } from '../../shared/view/view-store';

interface CompareViewProps {
  areas: Area[];
  /** The years the data service has: the year before is only asked for if it is one of them. */
  years: readonly string[];
  year: string;
  focus: Area;
  /** The RSOs per 100,000 view fixes the measure. */
  fixedMeasure?: MeasureId;
  heading: string;
  /** Extra controls for the view's options form. */
  extraOptions?: ReactNode;
}

/** One measure, one year, every area of the comparator group, ranked. */
export function CompareView({ areas, years, year, focus, fixedMeasure, heading, extraOptions }: CompareViewProps) {
  const view = useViewStore((store) => store.view);
  const measureId = fixedMeasure ?? view.measure;
  const unit = effectiveUnit(measureId, view.unit);
  const { query, data } = useYearData(year);
  const before = isMappaYear(year) ? previousYearOf(year) : undefined;
  const previousYear = before !== undefined && years.includes(before) ? before : undefined;
  // The year before feeds the change column and the "by change" order; without it those say "no figure".
  // It is asked for once this year's figures are in, so it never delays the first chart.
  const previous = useYearData(previousYear ?? year, previousYear !== undefined && data !== undefined).data;
  const compact = useMediaQuery('(max-width: 640px)');
  const group = useMemo(() => comparatorGroup(areas, view.group, focus, view.custom), [areas, view.group, focus, view.custom]);
  const chart = useMemo(
    () =>
      data
        ? buildCompareChart({
            areas,
            data,
            year,
            measure: MEASURES[measureId],
            unit,
            focus,
            group,
            sort: view.sort,
            previous: previousYear ? previous : undefined,
          })
        : undefined,
    [areas, data, year, measureId, unit, focus, group, view.sort, previous, previousYear],
  );
  return (
    <section aria-labelledby="view-heading">
      <PageHeading id="view-heading">{heading}</PageHeading>
      <form className="view-options" aria-label="Chart options" onSubmit={(event) => event.preventDefault()}>
        <GroupControls areas={areas} focus={focus} />
        {extraOptions}
        {!fixedMeasure && <MeasureSelect />}
        {!fixedMeasure && <UnitChoice measureId={measureId} />}
        <SortSelect previousYear={previousYear} />
      </form>
      <QueryState query={query} what={`the reports for ${year}`}>
        {() =>
          data && hasNoReports(data) ? (
            <NoReportsNote year={year} />
          ) : chart && data ? (
            <>
              <RecordErrorsNote errors={data.errors} areas={areas} />
              <ChartFigure
                spec={chart.spec}
                chart={
                  <RankedBarChart
                    rows={chart.ordered.map((entry) => entry.row)}
                    reference={chart.reference}
                    showReference={chart.drawReference}
                    compact={compact}
                  />
                }
                table={<ChartDataTable caption={chart.spec.title} rows={chart.spec.rows} />}
                explanation={<GlossaryTerms terms={MEASURES[measureId].glossary} />}
                actions={(chartArea) => <ChartActions spec={chart.spec} chartArea={chartArea} />}
              />
            </>
          ) : null
        }
      </QueryState>
    </section>
  );
}
