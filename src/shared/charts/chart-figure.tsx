import { useId, useMemo, useRef, type ReactNode } from 'react';
import type { ChartDescription, FigureDescription } from '../../domain/figure';
import type { ChartSpec } from '../../domain/chart-row';
import { SkeletonBars } from '../data/view-skeleton';
import { COMPACT_WIDTH, type ChartLayout } from './figure-layout';
import { FigureChart } from './figure-chart';
import { LazyDetails } from './lazy-details';
import { PRINT_WIDTH, usePrinting } from './print-width';
import { useElementWidth } from './use-element-width';
import { useNoFocusStops } from './use-no-focus-stops';

interface ChartFigureProps<C extends ChartDescription> {
  figure: FigureDescription<C>;
  layout: ChartLayout<C>;
  /** The table alternative: rendered only once its disclosure is opened. */
  table: () => ReactNode;
  /** Plain-English explanations beside the chart, also rendered on first opening. */
  explanation?: (() => ReactNode) | undefined;
  /** Download and share controls, given the width the chart is drawn at on screen. */
  actions?: ((screenWidth: number) => ReactNode) | undefined;
  /**
   * The figure is built but its chart is still being drawn (a page's first chart, drawn in the
   * background): the title and subtitle show now, with a skeleton where the chart will be.
   */
  drawing?: boolean;
}

/**
 * The frame every chart shares on screen: title and units, the chart, then its one-sentence
 * summary, source line, numbered notes, the table alternative and the glossary, so the chart
 * starts in the first screen and the words that explain it sit right after it. The chart is the same component
 * the downloads draw, here at the width of the page (or of a printed page).
 */
export function ChartFigure<C extends ChartDescription>({ figure, layout: layoutChart, table, explanation, actions, drawing = false }: ChartFigureProps<C>) {
  const { spec, chart } = figure;
  const id = useId();
  const area = useRef<HTMLDivElement | null>(null);
  const measured = useElementWidth(area);
  useNoFocusStops(area);
  const printing = usePrinting();
  const width = printing ? PRINT_WIDTH : measured;
  // The same chart at the same width is the same drawing: a re-render of the frame (data state,
  // store or query updates that change nothing drawn) must not make Recharts draw it again.
  const layout = useMemo(
    () => (width > 0 && !drawing ? layoutChart(chart, width, { compact: width < COMPACT_WIDTH }) : undefined),
    [layoutChart, chart, width, drawing],
  );
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} data-chart-id={spec.id}>
      <h2 id={`${id}-title`}>{spec.title}</h2>
      <p className="chart-subtitle">
        {spec.subtitle}
        {spec.includesIllustrative && <span className="tag tag-illustrative">includes illustrative data *</span>}
      </p>
      {/* One image named by its title and summary; the SVG parts inside draw it and are hidden from
          assistive technology. While the first drawing is made, the same box (measured already, so
          the drawing knows its width and is never redone in one long task when the width arrives)
          holds a skeleton and says so. */}
      <div
        className="chart-area"
        ref={area}
        {...(drawing ? {} : { role: 'img', 'aria-label': `${spec.title}. ${spec.summary} The table below gives every value.` })}
      >
        {drawing ? (
          <>
            <p className="view-skeleton-message" role="status">
              <span className="spinner" aria-hidden="true" /> Drawing the chart…
            </p>
            <SkeletonBars />
          </>
        ) : (
          layout && <FigureChart layout={layout} hidden />
        )}
      </div>
      {!drawing && <FigureWords spec={spec} table={table} explanation={explanation} actions={actions} width={width} />}
    </figure>
  );
}

/** What the chart says in words after it, its table, explanations and downloads: shown once it is drawn. */
function FigureWords({
  spec,
  table,
  explanation,
  actions,
  width,
}: Pick<ChartFigureProps<ChartDescription>, 'table' | 'explanation' | 'actions'> & { spec: ChartSpec; width: number }) {
  return (
    <>
      {/* The chart comes first on screen; what it says in words follows it directly. */}
      <p className="chart-summary">{spec.summary}</p>
      {spec.includesIllustrative && (
        <p className="illustrative-flag">
          <strong>Includes illustrative data.</strong> Some values are synthetic stand-ins, not real statistics, until we hold those reports: value labels mark
          them *, points on lines are hollow, and the table says “illustrative”.
        </p>
      )}
      <figcaption>
        <p className="chart-source">{spec.sourceLine}</p>
        {spec.notes.length > 0 && (
          <div className="chart-notes">
            <p>Notes:</p>
            <ol>
              {spec.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ol>
          </div>
        )}
      </figcaption>
      <LazyDetails className="chart-table-disclosure" summary="Show the data as a table">
        {table}
      </LazyDetails>
      {explanation && (
        <LazyDetails className="glossary-panel" summary="What do these words mean?">
          {explanation}
        </LazyDetails>
      )}
      {actions && <div className="chart-toolbar">{actions(width)}</div>}
    </>
  );
}
