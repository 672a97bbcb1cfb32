import { cellText } from '../../domain/cell-text';
import type { ChartRow } from '../../domain/chart-row';
import { valueMark } from '../../domain/trust';
import { NO_VALUE_TEXT } from '../../domain/value-status';
import { formatNumber } from '../../lib/format';
import { trustMark } from '../model/comparison';
import { describeInterval, formatLimit } from '../model/intervals';
import { TOTAL_WARNING_MARK, totalWarningText } from '../model/total-warnings';

/** A row's value as text, or why it has none: "not published", "no figure held here", … */
export function displayValue(row: ChartRow): string {
  if (row.value !== undefined) return formatNumber(row.value);
  // A real source's "not published" says which source and cell.
  if (row.status === 'missing' && row.cell.kind === 'missing' && row.cell.notPublishedBy) return cellText(row.cell);
  return NO_VALUE_TEXT[row.status] ?? cellText(row.cell);
}

/** "145", "132*" (illustrative), "816 (disputed)", "7 ≠" (a published total that does not add up), or why there is no value: what a bar or point is labelled. */
export function valueLabel(row: ChartRow, suffix = ''): string {
  if (row.value === undefined) return displayValue(row);
  const mismatch = (row.totalFindings ?? []).length > 0 ? TOTAL_WARNING_MARK : '';
  return `${formatNumber(row.value)}${suffix}${valueMark(row.status, row.dispute !== undefined)}${mismatch}`;
}

/** "13", "13=" (tied), with the rank's caveat: "13 (illustrative)". */
export function rankText(row: ChartRow): string {
  if (row.isReference) return 'reference';
  const rank = row.rank;
  if (rank?.rank === undefined) return '–';
  return `${rank.rank}${rank.tied ? '=' : ''}${rank.trust && rank.trust !== 'published' ? ` (${rank.trust})` : ''}`;
}

/** A count beside a rate, with its own status where it is not published: "1,234 (illustrative)". */
export function countText(row: ChartRow): string {
  if (!row.basis) return '';
  const { count, countStatus } = row.basis;
  if (count === undefined) return NO_VALUE_TEXT[countStatus] ?? 'not published';
  return `${formatNumber(count)}${countStatus === 'published' ? '' : ` (${countStatus})`}`;
}

/** A limit of the row's 95% interval with its trust mark: "140.4", "88.2 (illustrative)"; empty where there is none. */
export function limitText(row: ChartRow, which: 'lower' | 'upper'): string {
  if (!row.interval || row.value === undefined) return '';
  return `${formatLimit(row.interval[which])}${trustMark(row.interval.trust)}`;
}

/** What the tooltip says about the interval: "95% interval 140.4 to 149.7 (Byar’s method)". */
export function intervalSentence(row: ChartRow): string | undefined {
  if (!row.interval || row.value === undefined) return undefined;
  return describeInterval(row.interval);
}

/** The row's status, with the warning of a published total it shows or divides by that does not add up: "published; ≠ the Category 3 total is …". */
export function statusText(row: ChartRow): string {
  const warning = totalWarningText(row);
  return warning ? `${row.status};${TOTAL_WARNING_MARK} ${warning}` : row.status;
}
