import type { SpineChart, SpineLine } from '../../domain/figure';
import { formatNumber } from '../../lib/format';
import { countText, displayValue, limitText } from '../../shared/charts/row-text';

function spreadText(line: SpineLine, which: 'lowest' | 'q25' | 'q75' | 'highest'): string {
  if (!line.spread) return 'too few areas with a figure';
  return `${formatNumber(Math.round(line.spread[which] * 10) / 10)}${line.spread.trust && line.spread.trust !== 'published' ? ` (${line.spread.trust})` : ''}`;
}

/** The area profile as a table: every number the spine chart draws, and the interval behind each comparison. */
export function SpineTable({ chart, caption }: { chart: SpineChart; caption: string }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
      <table className="chart-table spine-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Period</th>
            <th scope="col" className="num">
              Local count
            </th>
            <th scope="col" className="num">
              Local value
            </th>
            <th scope="col" className="num">
              Lower 95% limit
            </th>
            <th scope="col" className="num">
              Upper 95% limit
            </th>
            <th scope="col" className="num">
              England and Wales
            </th>
            <th scope="col">Compared with England and Wales</th>
            <th scope="col" className="num">
              Lowest
            </th>
            <th scope="col" className="num">
              25th percentile
            </th>
            <th scope="col" className="num">
              75th percentile
            </th>
            <th scope="col" className="num">
              Highest
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {chart.lines.map((line) => (
            <tr key={line.row.measureId}>
              <th scope="row">{line.measureLabel}</th>
              <td>{line.period}</td>
              <td className="num">{countText(line.row) || '–'}</td>
              <td className="num value-cell">{displayValue(line.row)}</td>
              <td className="num">{limitText(line.row, 'lower') || '–'}</td>
              <td className="num">{limitText(line.row, 'upper') || '–'}</td>
              <td className="num">
                {line.national ? `${displayValue(line.national)}${line.national.status === 'published' ? '' : ` (${line.national.status})`}` : '–'}
              </td>
              <td className="comparison-cell">{line.row.comparison?.short ?? 'not compared'}</td>
              <td className="num">{spreadText(line, 'lowest')}</td>
              <td className="num">{spreadText(line, 'q25')}</td>
              <td className="num">{spreadText(line, 'q75')}</td>
              <td className="num">{spreadText(line, 'highest')}</td>
              <td className="status-cell">{line.row.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
