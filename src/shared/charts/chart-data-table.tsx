import { useId, useState, type ReactNode } from 'react';
import { countText, displayValue, limitText, rankText, statusText } from './row-text';
import { sortRows, type SortDirection, type SortKey } from './sort-rows';
import type { ChartRow } from '../../domain/chart-row';

interface ChartDataTableProps {
  caption: string;
  rows: ChartRow[];
  showSeries?: boolean;
  showYear?: boolean;
}

interface Column {
  id: string;
  header: string;
  numeric?: boolean;
  /** The area's name heads its row. */
  rowHeader?: boolean;
  className?: string;
  cell: (row: ChartRow) => ReactNode;
  sortKey: (row: ChartRow) => SortKey;
  /** How the two orders are said: "smallest first" and "largest first" unless given. */
  orders?: [ascending: string, descending: string];
}

const TEXT_ORDERS: [string, string] = ['A to Z', 'Z to A'];

/** The columns this table shows, in order: only those some row has something for. */
function columnsFor(rows: readonly ChartRow[], showSeries: boolean, showYear: boolean): Column[] {
  // Rates and shares show what they are made of: the count, and what it is divided by.
  const showBasis = rows.some((row) => row.basis);
  const showNotes = rows.some((row) => (row.noteNumbers ?? []).length > 0);
  const showRank = rows.some((row) => row.rank);
  const changeYear = rows.find((row) => row.change)?.change?.previousYear;
  // Rates and shares carry their 95% interval, their comparison with England and Wales and the ranks chance allows.
  const showInterval = rows.some((row) => row.interval);
  const showComparison = rows.some((row) => row.comparison);
  const showRange = rows.some((row) => row.rank?.range);
  const funnelLimits = rows.find((row) => row.funnel)?.funnel?.limits;
  const text = (value: string | undefined) => (value ? value : undefined);
  const columns: (Column | false)[] = [
    showRank && {
      id: 'rank',
      header: 'Rank',
      cell: rankText,
      sortKey: (row) => (row.isReference ? undefined : row.rank?.rank),
      orders: ['top first', 'bottom first'],
    },
    {
      id: 'area',
      header: 'Area',
      rowHeader: true,
      cell: (row) => (
        <>
          {row.areaName}
          {row.isFocus && <span className="visually-hidden"> (focus area)</span>}
        </>
      ),
      sortKey: (row) => row.areaName,
      orders: TEXT_ORDERS,
    },
    showYear && { id: 'year', header: 'Year', cell: (row) => row.year, sortKey: (row) => row.year, orders: ['earliest first', 'latest first'] },
    showSeries && { id: 'series', header: 'Group', cell: (row) => row.series ?? '', sortKey: (row) => text(row.series), orders: TEXT_ORDERS },
    { id: 'value', header: 'Value', numeric: true, className: 'value-cell', cell: displayValue, sortKey: (row) => row.value },
    showInterval && {
      id: 'lower',
      header: 'Lower 95% limit',
      numeric: true,
      className: 'lower-cell',
      cell: (row) => limitText(row, 'lower'),
      sortKey: (row) => row.interval?.lower,
    },
    showInterval && {
      id: 'upper',
      header: 'Upper 95% limit',
      numeric: true,
      className: 'upper-cell',
      cell: (row) => limitText(row, 'upper'),
      sortKey: (row) => row.interval?.upper,
    },
    showComparison && {
      id: 'comparison',
      header: 'Compared with England and Wales',
      className: 'comparison-cell',
      cell: (row) => (row.isReference ? 'the comparator' : (row.comparison?.short ?? '')),
      sortKey: (row) => (row.isReference ? undefined : text(row.comparison?.short)),
      orders: TEXT_ORDERS,
    },
    funnelLimits !== undefined && {
      id: 'funnel',
      header: funnelLimits === 'overdispersed' ? 'Against the limits allowing for overdispersion' : 'Against the funnel limits',
      className: 'funnel-cell',
      cell: (row) => (row.isReference ? 'the centre line' : (row.funnel?.text ?? 'not plotted')),
      sortKey: (row) => (row.isReference ? undefined : text(row.funnel?.text)),
      orders: TEXT_ORDERS,
    },
    changeYear !== undefined && {
      id: 'change',
      header: `Change since ${changeYear}`,
      cell: (row) => row.change?.short ?? '',
      sortKey: (row) => row.change?.difference,
    },
    showBasis && { id: 'count', header: 'Count', numeric: true, cell: countText, sortKey: (row) => row.basis?.count },
    showBasis && {
      id: 'basis',
      header: 'Divided by',
      className: 'basis-cell',
      cell: (row) => (row.basis ? `${row.basis.denominator} (count: ${row.basis.countLabel})` : ''),
      sortKey: (row) => text(row.basis?.denominator),
      orders: TEXT_ORDERS,
    },
    { id: 'status', header: 'Status', className: 'status-cell', cell: statusText, sortKey: (row) => row.status, orders: TEXT_ORDERS },
    { id: 'source', header: 'Source', className: 'source-cell', cell: (row) => row.source, sortKey: (row) => text(row.source), orders: TEXT_ORDERS },
    showRank && {
      id: 'among-published',
      header: 'Rank among published figures',
      cell: (row) => (row.isReference ? '' : row.rank?.amongReal || '–'),
      sortKey: (row) => (row.isReference ? undefined : text(row.rank?.amongReal)),
      orders: TEXT_ORDERS,
    },
    showRange && {
      id: 'rank-range',
      header: 'Rank allowing for chance (95%)',
      className: 'range-cell',
      cell: (row) => (row.isReference ? '' : row.rank?.range || '–'),
      sortKey: (row) => (row.isReference ? undefined : row.rank?.rank),
      orders: ['top first', 'bottom first'],
    },
    showNotes && {
      id: 'notes',
      header: 'Notes',
      cell: (row) => ((row.noteNumbers ?? []).length > 0 ? `See note ${(row.noteNumbers ?? []).join(', ')}` : ''),
      sortKey: (row) => row.noteNumbers?.[0],
    },
  ];
  return columns.filter((column) => column !== false);
}

interface SortState {
  column: string;
  direction: SortDirection;
}

/**
 * The table alternative of a chart: every value with its status, source and caveats. It opens in
 * the chart's order; each column header is a button that sorts by it (again to reverse). Areas
 * without a figure stay last whatever the order: a gap is not the smallest value.
 */
export function ChartDataTable({ caption, rows, showSeries = false, showYear = false }: ChartDataTableProps) {
  const id = useId();
  const [sort, setSort] = useState<SortState | undefined>();
  const columns = columnsFor(rows, showSeries, showYear);
  const sortedBy = columns.find((column) => column.id === sort?.column);
  const shown = sort && sortedBy ? sortRows(rows, sortedBy.sortKey, sort.direction, (row) => row.value !== undefined) : rows;
  const sortBy = (column: Column) =>
    setSort((current) => ({ column: column.id, direction: current?.column === column.id && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  const keys = new Map(rows.map((row, index) => [row, `${row.areaId}-${row.year}-${row.series ?? ''}-${index}`]));
  const gapsLast = rows.some((row) => row.value === undefined) ? ' Areas without a figure stay last.' : '';
  return (
    <div className="chart-data-table">
      <div className="table-sort">
        <p id={`${id}-order`} role="status">
          {sort && sortedBy
            ? `Sorted by ${sortedBy.header}, ${(sortedBy.orders ?? ['smallest first', 'largest first'])[sort.direction === 'ascending' ? 0 : 1]}.${gapsLast}`
            : 'In the chart’s order. Choose a column heading to sort by it.'}
        </p>
        {sort && sortedBy && (
          <button type="button" className="button-link" onClick={() => setSort(undefined)}>
            Back to the chart’s order
          </button>
        )}
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (table)`}>
        <table className="chart-table" aria-describedby={`${id}-order`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const direction = sortedBy === column ? sort?.direction : undefined;
                return (
                  <th key={column.id} scope="col" className={column.numeric ? 'num' : undefined} aria-sort={direction}>
                    <button type="button" className="sort-button" onClick={() => sortBy(column)}>
                      {column.header}
                      <span className="sort-icon" aria-hidden="true">
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={keys.get(row)} className={row.isFocus ? 'focus-row' : row.isReference ? 'reference-row' : undefined}>
                {columns.map((column) => {
                  const className = [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined;
                  return column.rowHeader ? (
                    <th key={column.id} scope="row" className={className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.id} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
