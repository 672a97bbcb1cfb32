import type { ChartRow, RowRank } from '../../domain/chart-row';
import { formatNumber, ordinal } from '../../lib/format';
import { statusMark, trustOfStatus, weakestTrust, type Trust } from '../../domain/trust';
import { NO_VALUE_TEXT } from '../../domain/value-status';
import type { Change } from './change';

/** A rank among the areas whose figures are real (published, or imported in this browser): one that can be quoted. */
export interface QuotableRank {
  rank: number;
  of: number;
  tied: boolean;
  /** Whether any of the figures ranked was imported here rather than published. */
  includesImported: boolean;
}

export interface RankedRow {
  row: ChartRow;
  /** Competition ranking (1, 2, 2, 4): ties share a rank. undefined when there is no value. */
  rank: number | undefined;
  tied: boolean;
  /** How far the rank can be quoted: the weakest of every value ranked, since each one moves it. */
  trust: Trust | undefined;
  /** The rank among real figures only, where this row's own figure is real. */
  amongReal: QuotableRank | undefined;
}

/**
 * Order rows by value, highest first; rows without a value go last in name order and get
 * no rank. England and Wales (the reference) is never ranked among the areas.
 */
export function rankRows(rows: readonly ChartRow[]): RankedRow[] {
  const areas = rows.filter((row) => !row.isReference);
  const withValue = areas.filter((row) => row.value !== undefined).sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.areaName.localeCompare(b.areaName));
  const without = areas.filter((row) => row.value === undefined).sort((a, b) => a.areaName.localeCompare(b.areaName));
  const trust = weakestTrust(withValue.map((row) => trustOfStatus(row.status)));
  const real = withValue.filter((row) => trustOfStatus(row.status) !== 'illustrative');
  const includesImported = real.some((row) => row.status === 'imported');
  const ranks = competitionRanks(withValue);
  const realRanks = competitionRanks(real);
  const ranked: RankedRow[] = withValue.map((row) => {
    const amongReal = realRanks.get(row);
    return {
      row,
      ...(ranks.get(row) ?? { rank: 0, tied: false }),
      trust,
      amongReal: amongReal ? { ...amongReal, of: real.length, includesImported } : undefined,
    };
  });
  return [...ranked, ...without.map((row) => ({ row, rank: undefined, tied: false, trust: undefined, amongReal: undefined }))];
}

/** Competition ranks (1, 2, 2, 4) of rows already sorted by value, highest first: one pass. */
function competitionRanks(sorted: readonly ChartRow[]): Map<ChartRow, { rank: number; tied: boolean }> {
  const ranks = new Map<ChartRow, { rank: number; tied: boolean }>();
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]?.value === sorted[start]?.value) end += 1;
    for (let index = start; index < end; index += 1) {
      const row = sorted[index];
      if (row) ranks.set(row, { rank: start + 1, tied: end - start > 1 });
    }
    start = end;
  }
  return ranks;
}

/**
 * "13th highest of 42 areas with a figure (illustrative: the ranking includes synthetic figures);
 * 4th highest of 9 areas with published figures". Every rank says how far it can be quoted.
 */
export function rankPhrase(entry: RankedRow, rankedCount: number): string {
  if (entry.rank === undefined) return 'no rank: no figure';
  const scope = `${rankedCount} ${unitNoun(entry.row, rankedCount)}`;
  const parts = [`${positionText(entry.rank, entry.tied)} of ${scope}${rankCaveat(entry.trust)}`];
  if (entry.trust !== 'published') parts.push(realRankPhrase(entry));
  return parts.join('; ');
}

function rankCaveat(trust: Trust | undefined): string {
  const words = rankCaveatText(trust);
  return words ? ` (${words})` : '';
}

/** What a rank built on figures of this trust must be quoted with: "illustrative: the ranking includes synthetic figures", or "". */
export function rankCaveatText(trust: Trust | undefined): string {
  switch (trust) {
    case 'illustrative':
      return 'illustrative: the ranking includes synthetic figures';
    case 'disputed':
      return 'uses a figure on which published sources disagree';
    case 'imported':
      return 'includes figures imported in this browser';
    default:
      return '';
  }
}

/** The part of a rank a reader can quote: among real figures only. */
export function realRankPhrase(entry: RankedRow): string {
  const real = entry.amongReal;
  if (!real) return 'no rank among published figures: this figure is illustrative';
  const kind = real.includesImported ? 'published or imported figures' : 'published figures';
  if (real.of === 1) return `the only ${unitNoun(entry.row, 1)} with ${kind}`;
  return `${positionText(real.rank, real.tied)} of ${real.of} ${unitNoun(entry.row, real.of)} with ${kind}`;
}

/** What the ranked units are called: probation regions rank among regions, areas among areas. */
function unitNoun(row: ChartRow | undefined, count: number): string {
  const noun = row?.level === 'region' ? 'region' : 'area';
  return count === 1 ? noun : `${noun}s`;
}

/** "West Midlands: 145 per 100,000, 9th highest of 42 areas." with every caveat the figures need. */
export function rankSentence(ranked: readonly RankedRow[], focusAreaId: string, formatValue: (value: number) => string = formatNumber, unitText = ''): string {
  const focus = ranked.find((entry) => entry.row.areaId === focusAreaId);
  const rankedCount = ranked.filter((entry) => entry.rank !== undefined).length;
  const unranked = ranked.length - rankedCount;
  const row = focus?.row ?? ranked[0]?.row;
  const scope = `${rankedCount} ${unitNoun(row, rankedCount)} with a figure${unranked > 0 ? ` (${unranked} without)` : ''}`;
  if (!focus) return `The focus area is not in this comparison.`;
  const name = focus.row.areaName;
  if (focus.rank === undefined || focus.row.value === undefined) {
    const why = focus.row.status === 'sources disagree' ? 'published sources disagree' : (NO_VALUE_TEXT[focus.row.status] ?? 'not published');
    return `${name}: ${why} for ${focus.row.year}, so it has no rank among ${scope}.`;
  }
  const value = `${formatValue(focus.row.value)}${unitText ? (unitText.startsWith('%') ? unitText : ` ${unitText}`) : ''}${statusMark(focus.row.status)}`;
  const position = `${positionText(focus.rank, focus.tied)} of ${rankedCount === ranked.length ? `${rankedCount} ${unitNoun(row, rankedCount)}` : scope}`;
  const quotable = focus.trust === 'published' ? '' : `; ${realRankPhrase(focus)}`;
  return `${name}: ${value}, ${position}${rankCaveat(focus.trust)}${quotable}.`;
}

/** "the highest", "joint highest", "9th highest", "joint 13th highest". */
export function positionText(rank: number, tied: boolean): string {
  if (rank === 1) return tied ? 'joint highest' : 'the highest';
  return `${tied ? 'joint ' : ''}${ordinal(rank)} highest`;
}

export type SortOrder = 'value' | 'name' | 'change';

export interface OrderedRow extends RankedRow {
  /** This year's value minus last year's, where both exist (the sort key). */
  change: number | undefined;
}

/**
 * The ranked rows in the order the reader chose. Ranks always follow the value; only the order
 * changes. In every order, areas with no figure come last (in name order); sorting by change,
 * areas with a figure this year but none the year before come just before them.
 */
export function orderRows(ranked: readonly RankedRow[], sort: SortOrder, changes: ReadonlyMap<string, Change>): OrderedRow[] {
  const byName = (a: OrderedRow, b: OrderedRow) => a.row.areaName.localeCompare(b.row.areaName);
  const rows: OrderedRow[] = ranked.map((entry) => {
    const change = changes.get(entry.row.areaId);
    return { ...entry, change: change?.kind === 'change' ? change.difference : undefined };
  });
  const withValue = rows.filter((entry) => entry.row.value !== undefined);
  const without = rows.filter((entry) => entry.row.value === undefined).sort(byName);
  switch (sort) {
    case 'value':
      return [...withValue, ...without];
    case 'name':
      return [...[...withValue].sort(byName), ...without];
    case 'change': {
      const withChange = withValue.filter((entry) => entry.change !== undefined).sort((a, b) => (b.change ?? 0) - (a.change ?? 0) || byName(a, b));
      const noPrevious = withValue.filter((entry) => entry.change === undefined).sort(byName);
      return [...withChange, ...noPrevious, ...without];
    }
  }
}

/** A rank as the table and CSV show it: the number, its ties and trust, and the rank that can be quoted. */
/** The rank shown on a row; `range` says how far chance could move it ("between 8th and 19th highest"). */
export function rowRank(entry: RankedRow, range?: string): RowRank {
  return { rank: entry.rank, tied: entry.tied, trust: entry.trust, amongReal: entry.rank === undefined ? '' : realRankPhrase(entry), range };
}

/** Ranks built partly on synthetic figures say so once, in a note, beside their own marks. */
export function rankNotes(ranked: readonly RankedRow[]): string[] {
  const trust = ranked.find((entry) => entry.rank !== undefined)?.trust;
  if (trust !== 'illustrative') return [];
  const real = ranked.filter((entry) => entry.amongReal).length;
  return [
    `Ranks are illustrative: they compare every ${unitNoun(ranked[0]?.row, 1)}’s figure, and some are synthetic. The “among published figures” rank in the table compares only the ${real} ${unitNoun(ranked[0]?.row, real)} whose figure is real.`,
  ];
}
