import { formatNumber } from '../../lib/format';
import type { ChartRow } from '../../domain/chart-row';
import { countText, displayValue, intervalSentence, rankText, statusText } from './row-text';

/**
 * What a pointer over a bar shows: the value with its unit and status and, for a rate or
 * share, the count and what it is divided by. The table alternative has the same for keyboards
 * and screen readers.
 */
export function RowTooltip({ row }: { row: ChartRow | undefined }) {
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{row.areaName}</strong> {row.year}
      </p>
      <p>
        {displayValue(row)} {row.value === undefined ? '' : row.unit}
      </p>
      <p>Status: {statusText(row)}</p>
      {intervalSentence(row) && <p className="tooltip-interval">{intervalSentence(row)}.</p>}
      {row.comparison && <p className="tooltip-comparison">{row.comparison.sentence}</p>}
      {row.funnel && <p className="tooltip-funnel">Funnel plot: {row.funnel.text}.</p>}
      {row.basis && (
        <p>
          Count: {countText(row)} {row.basis.countLabel}; divided by {row.basis.denominator}.
        </p>
      )}
      {row.rank?.rank !== undefined && (
        <p>
          Rank: {rankText(row)}
          {row.rank.amongReal ? `; ${row.rank.amongReal}` : ''}
          {row.rank.range ? `; allowing for chance, ${row.rank.range}` : ''}.
        </p>
      )}
      {row.change && (
        <p>
          Since {row.change.previousYear}: {row.change.sentence}.
        </p>
      )}
      {row.dispute && (
        <p>Sources disagree: {[row.dispute.chosen, ...row.dispute.others].map((claim) => formatNumber(claim.value)).join(' or ')}; see the notes.</p>
      )}
    </div>
  );
}
