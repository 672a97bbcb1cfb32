import { countText, displayValue, limitText, rankText } from './row-text';
import type { ChartRow } from '../../domain/chart-row';

interface ChartDataTableProps {
  caption: string;
  rows: ChartRow[];
  showSeries?: boolean;
  showYear?: boolean;
}

export function ChartDataTable({ caption, rows, showSeries = false, showYear = false }: ChartDataTableProps) {
  // Rates and shares show what they are made of: the count, and what it is divided by.
  const showBasis = rows.some((row) => row.basis);
  const showNotes = rows.some((row) => (row.noteNumbers ?? []).length > 0);
  const showRank = rows.some((row) => row.rank);
  const changeYear = rows.find((row) => row.change)?.change?.previousYear;
  // Rates and shares carry their 95% interval, their comparison with England and Wales and the ranks chance allows.
  const showInterval = rows.some((row) => row.interval);
  const showComparison = rows.some((row) => row.comparison);
  const showRange = rows.some((row) => row.rank?.range);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {showRank && <th scope="col">Rank</th>}
            <th scope="col">Area</th>
            {showYear && <th scope="col">Year</th>}
            {showSeries && <th scope="col">Group</th>}
            <th scope="col" className="num">
              Value
            </th>
            {showInterval && (
              <th scope="col" className="num">
                Lower 95% limit
              </th>
            )}
            {showInterval && (
              <th scope="col" className="num">
                Upper 95% limit
              </th>
            )}
            {showComparison && <th scope="col">Compared with England and Wales</th>}
            {changeYear && <th scope="col">Change since {changeYear}</th>}
            {showBasis && (
              <th scope="col" className="num">
                Count
              </th>
            )}
            {showBasis && <th scope="col">Divided by</th>}
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            {showRank && <th scope="col">Rank among published figures</th>}
            {showRange && <th scope="col">Rank allowing for chance (95%)</th>}
            {showNotes && <th scope="col">Notes</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr
              key={`${row.areaId}-${row.year}-${row.series ?? ''}-${index}`}
              className={row.isFocus ? 'focus-row' : row.isReference ? 'reference-row' : undefined}
            >
              {showRank && <td>{rankText(row)}</td>}
              <th scope="row">
                {row.areaName}
                {row.isFocus && <span className="visually-hidden"> (focus area)</span>}
              </th>
              {showYear && <td>{row.year}</td>}
              {showSeries && <td>{row.series ?? ''}</td>}
              <td className="num value-cell">{displayValue(row)}</td>
              {showInterval && <td className="num lower-cell">{limitText(row, 'lower')}</td>}
              {showInterval && <td className="num upper-cell">{limitText(row, 'upper')}</td>}
              {showComparison && <td className="comparison-cell">{row.isReference ? 'the comparator' : (row.comparison?.short ?? '')}</td>}
              {changeYear && <td>{row.change?.short ?? ''}</td>}
              {showBasis && <td className="num">{countText(row)}</td>}
              {showBasis && <td className="basis-cell">{row.basis ? `${row.basis.denominator} (count: ${row.basis.countLabel})` : ''}</td>}
              <td className="status-cell">{row.status}</td>
              <td className="source-cell">{row.source}</td>
              {showRank && <td>{row.isReference ? '' : row.rank?.amongReal || '–'}</td>}
              {showRange && <td className="range-cell">{row.isReference ? '' : row.rank?.range || '–'}</td>}
              {showNotes && <td>{(row.noteNumbers ?? []).length > 0 ? `See note ${(row.noteNumbers ?? []).join(', ')}` : ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
