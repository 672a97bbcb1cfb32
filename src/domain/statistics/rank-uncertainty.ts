import { ordinal } from '../../lib/format';
import type { IntervalLimits } from './confidence-intervals';

export interface AreaInterval extends IntervalLimits {
  id: string;
}

/** Ranks counted highest first: best is the highest position the area could plausibly hold. */
export interface RankRange {
  id: string;
  best: number;
  worst: number;
}

/**
 * For each area, the range of ranks it could plausibly hold, highest first, among the areas given
 * (leave out areas with no interval; their absence shortens the ranking):
 * - best = 1 + the number of other areas whose lower limit is above this area's upper limit (areas
 *   that are certainly higher);
 * - worst = the number of areas, this one included, whose upper limit is at or above this area's
 *   lower limit (every area that could be higher, plus itself).
 * Intervals that only touch count as overlapping, as a benchmark on a limit counts as similar.
 * This is the simple overlap rule, not a simulation: a range is as wide as the intervals allow.
 */
export function rankRanges(areas: readonly AreaInterval[]): RankRange[] {
  for (const { id, lower, upper } of areas) {
    if (!Number.isFinite(lower) || !Number.isFinite(upper) || lower > upper) {
      throw new RangeError(`Area ${id} needs a lower limit at or below its upper limit (got ${lower} to ${upper}).`);
    }
  }
  // Two sorted lists and a binary search each, not a scan of every pair: 420 areas are redrawn often.
  const lowers = areas.map((area) => area.lower).sort((a, b) => a - b);
  const uppers = areas.map((area) => area.upper).sort((a, b) => a - b);
  return areas.map(({ id, lower, upper }) => ({
    id,
    best: 1 + areas.length - firstIndexWhere(lowers, (other) => other > upper),
    worst: areas.length - firstIndexWhere(uppers, (other) => other >= lower),
  }));
}

/** The first index of an ascending list where `test` holds (it holds from there on), or the length. */
function firstIndexWhere(ascending: readonly number[], test: (value: number) => boolean): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(ascending[middle] ?? Number.NaN)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** "between 9th and 17th highest", or "9th highest" / "the highest" when the range is one rank. */
export function rankRangeText({ best, worst }: RankRange): string {
  if (best === worst) return best === 1 ? 'the highest' : `${ordinal(best)} highest`;
  return `between ${ordinal(best)} and ${ordinal(worst)} highest`;
}
