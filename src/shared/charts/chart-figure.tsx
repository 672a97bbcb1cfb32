import { useId, useRef, type ReactNode, type RefObject } from 'react';
import type { ChartSpec } from '../../domain/chart-row';

interface ChartFigureProps {
  spec: ChartSpec;
  chart: ReactNode;
  table: ReactNode;
  /** Plain-English explanations beside the chart. */
  explanation?: ReactNode;
  /** Download and share controls; given the element holding the chart's SVG. */
  actions?: (chartArea: RefObject<HTMLDivElement | null>) => ReactNode;
}

/**
 * The frame every chart shares: title, units, one-sentence summary, the chart, source line,
 * numbered notes, the table alternative and the glossary, in that order.
 */
export function ChartFigure({ spec, chart, table, explanation, actions }: ChartFigureProps) {
  const id = useId();
  const chartArea = useRef<HTMLDivElement | null>(null);
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} data-chart-id={spec.id}>
      <h2 id={`${id}-title`}>{spec.title}</h2>
      <p className="chart-subtitle">{spec.subtitle}</p>
      {spec.includesIllustrative && (
        <p className="illustrative-flag">
          <strong>Includes illustrative data.</strong> Some values are synthetic stand-ins, not real statistics, until we hold those reports: value labels mark
          them *, and the table says “illustrative”.
        </p>
      )}
      <p className="chart-summary">{spec.summary}</p>
      <div className="chart-area" ref={chartArea} role="img" aria-label={`Chart: ${spec.summary} The table below gives every value.`}>
        {chart}
      </div>
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
      <details className="chart-table-disclosure">
        <summary>Show the data as a table</summary>
        {table}
      </details>
      {explanation && (
        <details className="glossary-panel">
          <summary>What do these words mean?</summary>
          {explanation}
        </details>
      )}
      {actions && <div className="chart-toolbar">{actions(chartArea)}</div>}
    </figure>
  );
}
