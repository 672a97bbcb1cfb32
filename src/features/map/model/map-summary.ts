import type { ChartRow } from '../../../domain/chart-row';
import { formatNumber, MISSING_TEXT, NOT_APPLICABLE_TEXT, ordinal } from '../../../lib/format';

export interface MapSummaryOptions {
  /** Appended to every number as it is: "%" gives "21.5%", " per 100,000" gives "215 per 100,000". */
  unitSuffix?: string;
  formatValue?: (value: number) => string;
}

/** More tied areas than this are counted, not named, so the sentence stays short. */
const MOST_NAMES_LISTED = 3;

/**
 * One sentence for the map's caption and screen readers: the highest and lowest areas and where
 * the focus area stands, e.g. "Highest: Teesside 215; lowest: Hertfordshire 79; West Midlands
 * 145, 13th of 42." England and Wales (the reference row) is never ranked among the areas.
 */
export function mapSummary(rows: readonly ChartRow[], focusAreaId: string, options: MapSummaryOptions = {}): string {
  const { unitSuffix = '', formatValue = formatNumber } = options;
  const number = (value: number) => `${formatValue(value)}${unitSuffix}`;
  const areas = rows.filter((row) => !row.isReference);
  const withValue = areas.filter((row): row is ChartRow & { value: number } => row.value !== undefined && Number.isFinite(row.value));
  const focus = areas.find((row) => row.areaId === focusAreaId);

  if (withValue.length === 0) return 'No area has a figure.';

  const values = withValue.map((row) => row.value);
  const max = Math.max(...values);
  const min = Math.min(...values);
  const clauses: string[] = [];
  if (withValue.length === 1) {
    clauses.push(`Only ${withValue[0]?.areaName ?? ''} has a figure: ${valueText(withValue, max, number)}`);
  } else if (max === min) {
    clauses.push(`Every area with a figure has ${valueText(withValue, max, number)}`);
  } else {
    clauses.push(`Highest: ${tiedText(withValue, max, number)}`, `lowest: ${tiedText(withValue, min, number)}`);
  }

  const focusText = focus ? focusClause(focus, withValue, areas.length, number) : undefined;
  if (focusText && !(withValue.length === 1 && withValue[0]?.areaId === focusAreaId)) clauses.push(focusText);
  return `${clauses.join('; ')}.`;
}

/** "Teesside 215", "Durham and Teesside, both 215", "5 areas, all 0". */
function tiedText(rows: readonly (ChartRow & { value: number })[], value: number, number: (value: number) => string): string {
  const tied = rows.filter((row) => row.value === value).sort(byName);
  const first = tied[0];
  if (tied.length === 1 && first) return `${first.areaName} ${valueText(tied, value, number)}`;
  const names = tied.length > MOST_NAMES_LISTED ? `${tied.length} areas` : listText(tied.map((row) => row.areaName));
  return `${names}, ${tied.length === 2 ? 'both' : 'all'} ${valueText(tied, value, number)}`;
}

/** The number, marked where any of the rows that share it is illustrative (and whose, if not all). */
function valueText(rows: readonly ChartRow[], value: number, number: (value: number) => string): string {
  const illustrative = rows.filter((row) => row.status === 'illustrative');
  if (illustrative.length === 0) return number(value);
  if (illustrative.length === rows.length) return `${number(value)} (illustrative)`;
  return `${number(value)} (illustrative for ${listText(illustrative.map((row) => row.areaName).sort((a, b) => a.localeCompare(b, 'en-GB')))})`;
}

function focusClause(focus: ChartRow, ranked: readonly (ChartRow & { value: number })[], areaCount: number, number: (value: number) => string): string {
  const { value } = focus;
  if (value === undefined || !Number.isFinite(value)) return `${focus.areaName}: ${noFigureText(focus.status)}`;
  const rank = 1 + ranked.filter((row) => row.value > value).length;
  const tied = ranked.filter((row) => row.value === value).length > 1;
  // Out of the areas that have a figure: a gap is not a low value.
  const scope = ranked.length === areaCount ? `${areaCount}` : `${ranked.length} with a figure`;
  const note = ranked.some((row) => row.status === 'illustrative') ? ' (rank includes illustrative values)' : '';
  return `${focus.areaName} ${valueText([focus], value, number)}, ${tied ? 'joint ' : ''}${ordinal(rank)} of ${scope}${note}`;
}

function noFigureText(status: ChartRow['status']): string {
  switch (status) {
    case 'not applicable':
      return NOT_APPLICABLE_TEXT;
    case 'data error':
      return 'no usable figure (data error)';
    default:
      return MISSING_TEXT;
  }
}

function listText(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function byName(a: ChartRow, b: ChartRow): number {
  return a.areaName.localeCompare(b.areaName, 'en-GB');
}
