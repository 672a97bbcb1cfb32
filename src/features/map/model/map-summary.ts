import type { ChartRow } from '../../../domain/chart-row';
import { statusMark } from '../../../domain/trust';
import { NO_VALUE_TEXT } from '../../../domain/value-status';
import { formatNumber } from '../../../lib/format';
import { positionText, rankCaveatText, rankRows, realRankPhrase } from '../../../shared/model/rank';

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
 * 145, 13th highest of 42." England and Wales (the reference row) is never ranked among the areas.
 * Every number carries its status, and the rank the caveats a rank has everywhere in the app:
 * built on any synthetic figure it is illustrative, and the rank among real figures comes with it.
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
    // Which area is highest or lowest is a ranking: as trustworthy as the weakest figure it orders.
    const caveat = rankCaveatText(rankRows(withValue)[0]?.trust);
    clauses.push(`Highest: ${tiedText(withValue, max, number)}`, `lowest: ${tiedText(withValue, min, number)}`);
    if (caveat) clauses.push(`which is highest and lowest ${caveat}`);
  }

  const focusText = focus ? focusClause(focus, areas, number) : undefined;
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

/** The number, with the mark of its status ("(illustrative)", "(disputed)", "(imported)"), saying whose where tied rows differ. */
function valueText(rows: readonly ChartRow[], value: number, number: (value: number) => string): string {
  const marks = new Map<string, string[]>();
  for (const row of rows) {
    const mark = statusMark(row.status)
      .trim()
      .replace(/^\((.*)\)$/, '$1');
    marks.set(mark, [...(marks.get(mark) ?? []), row.areaName]);
  }
  const [only] = marks.keys();
  if (marks.size === 1) return only ? `${number(value)} (${only})` : number(value);
  const parts = [...marks].filter(([mark]) => mark).map(([mark, names]) => `${mark} for ${listText([...names].sort((a, b) => a.localeCompare(b, 'en-GB')))}`);
  return `${number(value)} (${parts.join('; ')})`;
}

function focusClause(focus: ChartRow, areas: readonly ChartRow[], number: (value: number) => string): string {
  const { value } = focus;
  const entry = rankRows(areas).find((ranked) => ranked.row.areaId === focus.areaId);
  if (value === undefined || !Number.isFinite(value) || entry?.rank === undefined) {
    return `${focus.areaName}: ${NO_VALUE_TEXT[focus.status] ?? 'no figure'}`;
  }
  const rankedCount = areas.filter((row) => row.value !== undefined && Number.isFinite(row.value)).length;
  // Out of the areas that have a figure: a gap is not a low value.
  const scope = rankedCount === areas.length ? `${areas.length}` : `${rankedCount} with a figure`;
  const caveats = [rankCaveatText(entry.trust), entry.trust === 'published' ? '' : realRankPhrase(entry)].filter(Boolean);
  return `${focus.areaName} ${valueText([focus], value, number)}, ${positionText(entry.rank, entry.tied)} of ${scope}${caveats.length > 0 ? ` (${caveats.join('; ')})` : ''}`;
}

function listText(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function byName(a: ChartRow, b: ChartRow): number {
  return a.areaName.localeCompare(b.areaName, 'en-GB');
}
