import type { ChartRow, RowChange } from '../../domain/chart-row';
import { SERIES_BREAK_TEXT } from '../../domain/years';
import { formatNumber } from '../../lib/format';
import { trustOfStatus, trustQualifier, weakestTrust, type Trust } from '../../domain/trust';

/** The change between two years' figures of one area, or why there is none. */
export type Change =
  | {
      kind: 'change';
      current: number;
      previous: number;
      previousYear: string;
      /** current − previous. */
      difference: number;
      /** The weaker of the two figures' trust: a change is no better than either year. */
      trust: Trust;
      /** Rates per 100,000 across the 2021 census break are not like for like. */
      seriesBreak: boolean;
    }
  | { kind: 'none'; reason: 'no figure this year' | 'no figure for the year before' | 'the year before is not available' };

/** The change from last year's row to this year's row (rows with no value give no change, never one from zero). */
export function changeBetween(current: ChartRow, previous: ChartRow | undefined, seriesBreak = false): Change {
  if (current.value === undefined) return { kind: 'none', reason: 'no figure this year' };
  if (!previous) return { kind: 'none', reason: 'the year before is not available' };
  if (previous.value === undefined) return { kind: 'none', reason: 'no figure for the year before' };
  return {
    kind: 'change',
    current: current.value,
    previous: previous.value,
    previousYear: previous.year,
    difference: current.value - previous.value,
    trust: weakestTrust([trustOfStatus(current.status), trustOfStatus(previous.status)]) ?? 'published',
    seriesBreak,
  };
}

/**
 * "up 3% from 141", "down 2 from 45 (less than 1%)", "no change from 12", with the caveats a
 * reader must quote with it: "(illustrative: built from synthetic figures)" and the series break.
 */
export function describeChange(change: Change, format: (value: number) => string = formatNumber, options: { namePreviousYear?: boolean } = {}): string {
  if (change.kind === 'none') return change.reason === 'no figure for the year before' ? 'no figure for the year before to compare with' : change.reason;
  const caveats = [trustQualifier(change.trust), change.seriesBreak ? SERIES_BREAK_TEXT : ''].filter(Boolean);
  const suffix = caveats.length > 0 ? ` (${caveats.join('; ')})` : '';
  return `${movement(change, format, options.namePreviousYear ? ` in ${change.previousYear}` : '')}${suffix}`;
}

function movement(change: Extract<Change, { kind: 'change' }>, format: (value: number) => string, when: string): string {
  const { difference, previous } = change;
  const from = `from ${format(previous)}${when}`;
  if (difference === 0) return `no change ${from}`;
  const direction = difference > 0 ? 'up' : 'down';
  if (previous === 0) return `${direction} ${format(Math.abs(difference))} ${from}`;
  const percent = Math.round((Math.abs(difference) / previous) * 100);
  if (percent === 0) return `${direction} ${format(Math.abs(difference))} ${from} (less than 1%)`;
  return `${direction} ${percent}% ${from}`;
}

/** "+119", "−3" or "no change" for a table column, with the same marks as a value: "+119*". */
export function signedChange(change: Change, format: (value: number) => string = formatNumber): string {
  if (change.kind === 'none') return change.reason;
  return signedDifference(change.difference, change.trust, change.seriesBreak, format);
}

function signedDifference(difference: number, trust: Trust, seriesBreak: boolean, format: (value: number) => string): string {
  const number = difference > 0 ? `+${format(difference)}` : difference < 0 ? `−${format(-difference)}` : 'no change';
  const marks = [trust === 'illustrative' ? 'illustrative' : trust === 'disputed' ? 'disputed' : '', seriesBreak ? 'series break' : '']
    .filter(Boolean)
    .join('; ');
  return marks ? `${number} (${marks})` : number;
}

/** A row's change written at its chart's decimal places ("+1.0" beside "+0.7"). */
export function changeAtDecimals(change: RowChange, decimals: number): RowChange {
  if (change.difference === undefined || change.trust === undefined) return change;
  return { ...change, short: signedDifference(change.difference, change.trust, change.seriesBreak, (value) => formatNumber(value, decimals)) };
}

/** A change as the table and CSV show it: short and in words, with its trust and the series break. */
export function rowChange(change: Change, previousYear: string): RowChange {
  return {
    short: signedChange(change),
    sentence: describeChange(change),
    difference: change.kind === 'change' ? change.difference : undefined,
    trust: change.kind === 'change' ? change.trust : undefined,
    seriesBreak: change.kind === 'change' && change.seriesBreak,
    previousYear,
  };
}
