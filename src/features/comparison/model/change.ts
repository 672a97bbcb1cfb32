import { formatNumber } from '../../../lib/format';

/** "up 3% from 141", "down 2 from 45", "no change from 12", or why there is no comparison. */
export function describeChange(current: number | undefined, previous: number | undefined, format: (value: number) => string = formatNumber): string {
  if (current === undefined) return 'no figure this year';
  if (previous === undefined) return 'no figure for the year before to compare with';
  const difference = current - previous;
  if (difference === 0) return `no change from ${format(previous)}`;
  const direction = difference > 0 ? 'up' : 'down';
  if (previous === 0) return `${direction} ${format(Math.abs(difference))} from 0`;
  const percent = Math.round((Math.abs(difference) / previous) * 100);
  if (percent === 0) return `${direction} ${format(Math.abs(difference))} from ${format(previous)} (less than 1%)`;
  return `${direction} ${percent}% from ${format(previous)}`;
}
