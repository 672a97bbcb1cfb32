import { useMemo, type ReactNode } from 'react';
import type { Area } from '../../domain/area';
import type { FigureDescription } from '../../domain/figure';
import type { GlossaryTermId } from '../../domain/measures';
import { ChartDataTable } from '../charts/chart-data-table';
import { ChartFigure } from '../charts/chart-figure';
import { RecordErrorsNote } from '../data/record-errors-note';
import { ViewDataState, type ViewData } from '../data/use-view-data';
import { ChartActions } from '../export/chart-actions';
import { GlossaryTerms } from './glossary-terms';
import { hasNoReports, NoReportsNote } from './no-reports-note';
import { PageHeading } from './page-heading';
import type { ResolvedView } from './view-definition';

interface ChartViewProps<R extends ResolvedView> {
  resolved: R;
  areas: readonly Area[];
  /** The view's own controls. */
  options: ReactNode;
  /** Pure: the figure from the resolved view and its data. */
  build: (resolved: R, data: ViewData) => FigureDescription;
  glossary: readonly GlossaryTermId[];
  /** Table columns beyond the defaults. */
  table?: { showYear?: boolean; showSeries?: boolean };
  /** Anything the view shows under the figure, from the same data. */
  after?: (data: ViewData) => ReactNode;
}

/**
 * The one shell every chart view shares: heading, options, then loading, error, empty or the
 * figure with its table, notes, glossary and downloads. A view is its options and a pure build.
 */
export function ChartView<R extends ResolvedView>({ resolved, areas, options, build, glossary, table, after }: ChartViewProps<R>) {
  const year = resolved.landing.year;
  const what = resolved.needs.years.length > 0 ? `the reports for ${resolved.needs.years.join(' and ')}` : 'the reports';
  return (
    <section aria-labelledby="view-heading">
      <PageHeading id="view-heading">{resolved.heading}</PageHeading>
      <form className="view-options" aria-label="Chart options" onSubmit={(event) => event.preventDefault()}>
        {options}
      </form>
      <ViewDataState needs={resolved.needs} what={what}>
        {(data) => {
          const shown = data.byYear.get(year);
          if (shown && hasNoReports(shown)) return <NoReportsNote year={year} />;
          return (
            <>
              <RecordErrorsNote errors={[...data.byYear.values(), ...data.series].flatMap((loaded) => loaded.errors)} areas={[...areas]} />
              <BuiltFigure resolved={resolved} data={data} build={build} glossary={glossary} table={table} />
              {after?.(data)}
            </>
          );
        }}
      </ViewDataState>
    </section>
  );
}

function BuiltFigure<R extends ResolvedView>(props: Pick<ChartViewProps<R>, 'resolved' | 'build' | 'glossary' | 'table'> & { data: ViewData }) {
  const { resolved, data, build, glossary, table } = props;
  const figure = useMemo(() => build(resolved, data), [build, resolved, data]);
  return (
    <ChartFigure
      figure={figure}
      table={() => <ChartDataTable caption={figure.spec.title} rows={figure.spec.rows} showYear={table?.showYear} showSeries={table?.showSeries} />}
      explanation={() => <GlossaryTerms terms={[...glossary]} />}
      actions={(screenWidth) => <ChartActions figure={figure} screenWidth={screenWidth} />}
    />
  );
}
