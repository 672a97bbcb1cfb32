import { useMemo } from 'react';

/**
 * The list of an earlier render while its numbers are the same. Recharts compares an axis's
 * `ticks` by reference: a new array of the same ticks registers the axis with the chart's store
 * again, a new store state for every memoised selector to cache.
 */
export function useSameNumbers(values: readonly number[]): readonly number[] {
  const key = values.join(' ');
  // `key` names the numbers; the list returned is the one they were first seen in.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => values, [key]);
}
