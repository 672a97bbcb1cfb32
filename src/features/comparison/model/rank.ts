import type { ChartRow } from '../../charts/chart-data';
import { formatNumber, ordinal } from '../../../lib/format';

export interface RankedRow {
  row: ChartRow;
  /** Competition ranking (1, 2, 2, 4): ties share a rank. undefined when there is no value. */
  rank: number | undefined;
  tied: boolean;
}

/**
 * Order rows by value, highest first; rows without a value go last in name order and get
 * no rank. England and Wales (the reference) is never ranked among the areas.
 */
export function rankRows(rows: readonly ChartRow[]): RankedRow[] {
  const areas = rows.filter((row) => !row.isReference);
  const withValue = areas.filter((row) => row.value !== undefined).sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.areaName.localeCompare(b.areaName));
  const without = areas.filter((row) => row.value === undefined).sort((a, b) => a.areaName.localeCompare(b.areaName));
  const ranked: RankedRow[] = withValue.map((row) => {
    const rank = 1 + withValue.filter((other) => (other.value ?? 0) > (row.value ?? 0)).length;
    const tied = withValue.filter((other) => other.value === row.value).length > 1;
    return { row, rank, tied };
  });
  return [...ranked, ...without.map((row) => ({ row, rank: undefined, tied: false }))];
}

/** "West Midlands: 145 per 100,000, 9th highest of 42 areas." */
export function rankSentence(ranked: readonly RankedRow[], focusAreaId: string, formatValue: (value: number) => string = formatNumber, unitText = ''): string {
  const focus = ranked.find((entry) => entry.row.areaId === focusAreaId);
  const rankedCount = ranked.filter((entry) => entry.rank !== undefined).length;
  const unranked = ranked.length - rankedCount;
  const scope = `${rankedCount} ${rankedCount === 1 ? 'area' : 'areas'}${unranked > 0 ? ` with a figure (${unranked} without)` : ''}`;
  if (!focus) return `The focus area is not in this comparison.`;
  const name = focus.row.areaName;
  if (focus.rank === undefined || focus.row.value === undefined) {
    return `${name}: ${focus.row.status === 'not applicable' ? 'not applicable' : focus.row.status === 'sources disagree' ? 'published sources disagree' : 'not published'} for ${focus.row.year}, so it has no rank among ${scope}.`;
  }
  const value = `${formatValue(focus.row.value)}${unitText ? ` ${unitText}` : ''}`;
  return `${name}: ${value}, ${positionText(focus.rank, focus.tied)} of ${scope}.`;
}

/** "the highest", "joint highest", "9th highest", "joint 13th highest". */
export function positionText(rank: number, tied: boolean): string {
  if (rank === 1) return tied ? 'joint highest' : 'the highest';
  return `${tied ? 'joint ' : ''}${ordinal(rank)} highest`;
}

export type SortOrder = 'value' | 'name' | 'change';

export interface OrderedRow extends RankedRow {
  /** This year's value minus last year's, where both exist. */
  change: number | undefined;
}

/**
 * The ranked rows in the order the reader chose. Ranks always follow the value; only the order
 * changes. In every order, areas with no figure come last (in name order); sorting by change,
 * areas with a figure this year but none the year before come just before them.
 */
export function orderRows(ranked: readonly RankedRow[], sort: SortOrder, previousValues: ReadonlyMap<string, number>): OrderedRow[] {
  const byName = (a: OrderedRow, b: OrderedRow) => a.row.areaName.localeCompare(b.row.areaName);
  const rows: OrderedRow[] = ranked.map((entry) => {
    const previous = previousValues.get(entry.row.areaId);
    return { ...entry, change: entry.row.value !== undefined && previous !== undefined ? entry.row.value - previous : undefined };
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
