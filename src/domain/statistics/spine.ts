export interface SpineSummary {
  count: number;
  lowest: number;
  q25: number;
  median: number;
  q75: number;
  highest: number;
}

function checkValues(values: readonly number[]): void {
  if (values.length === 0) throw new RangeError('A spread needs at least one value.');
  const bad = values.find((value) => !Number.isFinite(value));
  if (bad !== undefined) throw new RangeError(`Every value must be a number (got ${bad}).`);
}

function atSorted(sorted: readonly number[], probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? Number.NaN;
  return low + (position - below) * (high - low);
}

/**
 * The quantile by linear interpolation between order statistics: R's default quantile(type = 7),
 * also Excel's PERCENTILE.INC and NumPy's default. With n values sorted x[0] … x[n−1], the
 * p-quantile sits at position h = (n − 1)p: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
export function quantileType7(values: readonly number[], probability: number): number {
  checkValues(values);
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`The probability must be from 0 to 1 (got ${probability}).`);
  return atSorted(
    [...values].sort((a, b) => a - b),
    probability,
  );
}

/** The five points a Fingertips-style spine chart draws, from all areas' values for one measure. */
export function spineSummary(values: readonly number[]): SpineSummary {
  checkValues(values);
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    lowest: atSorted(sorted, 0),
    q25: atSorted(sorted, 0.25),
    median: atSorted(sorted, 0.5),
    q75: atSorted(sorted, 0.75),
    highest: atSorted(sorted, 1),
  };
}

/**
 * Where a value sits for drawing, from 0 at the lowest to 1 at the highest, on a linear scale. A
 * value outside the spread (a published national figure can be) is held at the end it passes, so a
 * marker never leaves the bar; when every area has the same value, all sit in the middle.
 */
export function spinePosition(value: number, summary: SpineSummary): number {
  if (!Number.isFinite(value)) throw new RangeError(`The value must be a number (got ${value}).`);
  const spread = summary.highest - summary.lowest;
  if (spread === 0) return 0.5;
  return Math.min(1, Math.max(0, (value - summary.lowest) / spread));
}
