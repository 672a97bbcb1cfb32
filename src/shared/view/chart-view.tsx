import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LoadBoundary, retryableLazy } from '../../lib/lazy-load';
import { whenIdle } from '../../lib/when-idle';
import type { Area } from '../../domain/area';
import type { ChartDescription, FigureDescription } from '../../domain/figure';
import type { ChartLayout } from '../charts/figure-layout';
import type { GlossaryTermId } from '../../domain/measures';
import { ChartFigure } from '../charts/chart-figure';
import { ViewDataState, type ViewData } from '../data/use-view-data';
import { hasNoReports, NoReportsNote } from './no-reports-note';
import { PageHeading } from './page-heading';
import { useChoices } from './chart-choices';
import type { ResolvedView } from './view-definition';

// What is not needed to draw the chart loads after it: the table and glossary behind their
// disclosures, and the download buttons (fetched once the chart is up, so they are there when used).
const loadTable = () => import('../charts/chart-data-table').then((m) => ({ default: m.ChartDataTable }));
const loadGlossary = () => import('./glossary-terms').then((m) => ({ default: m.GlossaryTerms }));
const loadActions = () => import('../export/chart-actions').then((m) => ({ default: m.ChartActions }));
const ChartDataTable = retryableLazy(loadTable);
const GlossaryTerms = retryableLazy(loadGlossary);
const ChartActions = retryableLazy(loadActions);

function Deferred({ what, children }: { what: string; children: ReactNode }) {
  return (
    <LoadBoundary what={what}>
      <Suspense fallback={<p role="status">Loading {what}…</p>}>{children}</Suspense>
    </LoadBoundary>
  );
}

interface ChartViewProps<R extends ResolvedView, C extends ChartDescription> {
  resolved: R;
  /** How this view's kind of chart is laid out: passed in, so a view loads only the chart components it draws. */
  layout: ChartLayout<C>;
  areas: readonly Area[];
  /** The view's own controls. */
  options: ReactNode;
  /** Pure: the figure from the resolved view and its data. */
  build: (resolved: R, data: ViewData) => FigureDescription<C>;
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
export function ChartView<R extends ResolvedView, C extends ChartDescription>({
  resolved,
  layout,
  areas,
  options,
  build,
  glossary,
  table,
  after,
}: ChartViewProps<R, C>) {
  const year = resolved.landing.year;
  const what = resolved.needs.years.length > 0 ? `the reports for ${resolved.needs.years.join(' and ')}` : 'the reports';
  return (
    <section aria-labelledby="view-heading">
      <PageHeading id="view-heading">{resolved.heading}</PageHeading>
      <ChartOptions>{options}</ChartOptions>
      <ViewDataState needs={resolved.needs} areas={areas} what={what}>
        {(data) => {
          const shown = data.byYear.get(year);
          if (shown && hasNoReports(shown)) return <NoReportsNote year={year} />;
          return (
            <>
              <BuiltFigure resolved={resolved} layout={layout} data={data} build={build} glossary={glossary} table={table} />
              {after?.(data)}
            </>
          );
        }}
      </ViewDataState>
    </section>
  );
}

/**
 * The view's options as one compact bar. On a narrow screen it folds to a button that reads out
 * the current choices ("All 42 areas; Highest value first") and opens the controls in the page's
 * flow; wider, the controls are always shown (view-options.css decides, not script).
 */
function ChartOptions({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [choices, provideChoices] = useChoices();
  return (
    <form className={open ? 'view-options open' : 'view-options'} aria-label="Chart options" onSubmit={(event) => event.preventDefault()}>
      <button type="button" className="options-toggle" aria-expanded={open} aria-controls="view-options-fields" onClick={() => setOpen(!open)}>
        <span className="options-toggle-text">
          <span className="options-toggle-label">Chart options:</span> {choices.join('; ')}
        </span>
      </button>
      <div className="view-options-fields" id="view-options-fields">
        {provideChoices(children)}
      </div>
    </form>
  );
}

function BuiltFigure<R extends ResolvedView, C extends ChartDescription>(
  props: Pick<ChartViewProps<R, C>, 'resolved' | 'layout' | 'build' | 'glossary' | 'table'> & { data: ViewData },
) {
  const { resolved, layout, data, build, glossary, table } = props;
  const built = useMemo(() => build(resolved, data), [build, resolved, data]);
  // A view's first chart is drawn once its title and a skeleton have painted (in a task after
  // the effect, which runs after that paint): the reader sees at once what is coming, and the chart's box is measured before
  // the chart is drawn in it. Not in a transition: its slices cost the first chart more than they
  // saved, since Recharts' own passes after it are synchronous anyway. Later changes draw at once.
  const [drawnOnce, setDrawnOnce] = useState(false);
  useEffect(() => {
    if (drawnOnce) return undefined;
    const timer = window.setTimeout(() => setDrawnOnce(true), 0);
    return () => window.clearTimeout(timer);
  }, [drawnOnce]);
  const figure = built;
  // The download toolbar, and the code behind the table and glossary disclosures, come once the
  // first chart is drawn and the browser is idle: they are there when used and never compete with it.
  const [afterChart, setAfterChart] = useState(false);
  useEffect(() => {
    if (!drawnOnce) return undefined;
    return whenIdle(
      () => {
        setAfterChart(true);
        void Promise.all([loadActions(), loadTable(), loadGlossary()]).catch(() => undefined);
      },
      { timeoutMs: 2_000 },
    );
  }, [drawnOnce]);
  // Until the first drawing is ready, its title shows above a skeleton (the reader sees what is coming).
  return (
    <ChartFigure
      figure={figure}
      drawing={!drawnOnce}
      layout={layout}
      table={() => (
        <Deferred what="the table">
          <ChartDataTable caption={figure.spec.title} rows={figure.spec.rows} showYear={table?.showYear} showSeries={table?.showSeries} />
        </Deferred>
      )}
      explanation={() => (
        <Deferred what="the explanations">
          <GlossaryTerms terms={[...glossary]} />
        </Deferred>
      )}
      actions={
        afterChart
          ? (screenWidth) => (
              <Deferred what="the download buttons">
                <ChartActions figure={figure} screenWidth={screenWidth} />
              </Deferred>
            )
          : undefined
      }
    />
  );
}
