import { cellText, formatNumber } from '../../lib/format';
import type { ChartRow } from './chart-data';

interface ChartDataTableProps {
  caption: string;
  rows: ChartRow[];
  /** Rank per row (compare charts). */
  ranks?: Map<ChartRow, number | undefined> | undefined;
  showSeries?: boolean;
  showYear?: boolean;
  /** An extra column after the value, e.g. change from the year before, as text per row. */
  extraColumn?: { header: string; text: Map<ChartRow, string> } | undefined;
}

export function displayValue(row: ChartRow): string {
  if (row.value !== undefined) return formatNumber(row.value);
  return cellText(row.cell);
}

/** The table alternative of a chart: the very rows the chart draws, with status and source. */
export function ChartDataTable({ caption, rows, ranks, showSeries = false, showYear = false, extraColumn }: ChartDataTableProps) {
  // Rates and shares show what they are made of: the count, and what it is divided by.
  const showBasis = rows.some((row) => row.basis);
  const showNotes = rows.some((row) => (row.noteNumbers ?? []).length > 0);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {ranks && <th scope="col">Rank</th>}
            <th scope="col">Area</th>
            {showYear && <th scope="col">Year</th>}
            {showSeries && <th scope="col">Group</th>}
            <th scope="col" className="num">
              Value
            </th>
            {extraColumn && <th scope="col">{extraColumn.header}</th>}
            {showBasis && (
              <th scope="col" className="num">
                Count
              </th>
            )}
            {showBasis && <th scope="col">Divided by</th>}
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            {showNotes && <th scope="col">Notes</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr
              key={`${row.areaId}-${row.year}-${row.series ?? ''}-${index}`}
              className={row.isFocus ? 'focus-row' : row.isReference ? 'reference-row' : undefined}
            >
              {ranks && <td>{row.isReference ? 'reference' : (ranks.get(row) ?? '–')}</td>}
              <th scope="row">
                {row.areaName}
                {row.isFocus && <span className="visually-hidden"> (focus area)</span>}
              </th>
              {showYear && <td>{row.year}</td>}
              {showSeries && <td>{row.series ?? ''}</td>}
              <td className="num value-cell">{displayValue(row)}</td>
              {extraColumn && <td>{extraColumn.text.get(row) ?? ''}</td>}
              {showBasis && <td className="num">{row.basis?.count === undefined ? '' : formatNumber(row.basis.count)}</td>}
              {showBasis && <td className="basis-cell">{row.basis ? `${row.basis.denominator} (count: ${row.basis.countLabel})` : ''}</td>}
              <td className="status-cell">{row.status}</td>
              <td className="source-cell">{row.source}</td>
              {showNotes && <td>{(row.noteNumbers ?? []).length > 0 ? `See note ${(row.noteNumbers ?? []).join(', ')}` : ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
