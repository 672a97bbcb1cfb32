import { TEXT_COLOUR } from '../../../shared/charts/palette';
import { contrastRatio } from './colour-contrast';

export const LIGHT_TEXT = '#FFFFFF';
export const DARK_TEXT = TEXT_COLOUR;

/**
 * Light to dark. The three darkest are the Analysis Function's sequential blues; the lighter ones
 * are tints of its light blue, because its palette stops at three. No colour sits in the narrow
 * band of luminance where neither white nor near-black text reaches 4.5:1.
 */
export const SEQUENTIAL_BLUES: Readonly<Record<BinCount, readonly string[]>> = {
  4: ['#D2E5F7', '#6BACE6', '#2073BC', '#12436D'],
  5: ['#D2E5F7', '#9DC8EF', '#6BACE6', '#2073BC', '#12436D'],
};

export type BinCount = 4 | 5;

const MIN_BINS = 4;
const MAX_BINS = 5;
const NICE_MANTISSAS = [1, 2, 2.5, 5] as const;
/** Start at zero when the data come this close to it: bins that start at 0 read more naturally. */
const ZERO_BASE_RATIO = 0.25;

export interface Bin {
  index: number;
  /** Values from lower (included)… */
  lower: number;
  /** …to under upper. The last bin also takes anything above (its label says "and over"). */
  upper: number;
  /** "100 to under 125", or for the last bin "125 and over". */
  label: string;
  fill: string;
  /** White or near-black, whichever contrasts more with fill (always at least 4.5:1). */
  textColour: string;
}

export interface Binning {
  bins: Bin[];
  /** The width of every bin: 1, 2, 2.5 or 5 × 10ⁿ. */
  step: number;
}

/**
 * Four or five equal bins with "nice" edges for a sequential colour scale. The edges cover every
 * value: the first bin starts at or below the smallest and the last reaches the largest. Values
 * that are undefined or not finite are ignored; with none left there are no bins.
 */
export function sequentialBins(values: readonly (number | undefined)[]): Binning {
  const finite = values.filter((value): value is number => value !== undefined && Number.isFinite(value));
  if (finite.length === 0) return { bins: [], step: 0 };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const zeroBased = min >= 0 && min <= max * ZERO_BASE_RATIO;
  const origin = zeroBased ? 0 : min;
  // With every value the same there is no spread to divide: bins are sized to the value instead.
  const spread = max - origin || Math.abs(max) || 1;

  let step = NiceStep.atOrAbove(spread / MAX_BINS);
  while (binsNeeded(step, origin, max) > MAX_BINS) step = step.next();
  // A coarser step can halve the count; an empty top bin keeps the scale's four shades.
  const count = Math.max(binsNeeded(step, origin, max), MIN_BINS) as BinCount;

  const colours = SEQUENTIAL_BLUES[count];
  const format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: step.decimals, minimumFractionDigits: 0 });
  const startIndex = step.indexAtOrBelow(origin);
  const bins = colours.map((fill, index): Bin => {
    const lower = step.times(startIndex + index);
    const upper = step.times(startIndex + index + 1);
    const last = index === colours.length - 1;
    return {
      index,
      lower,
      upper,
      label: last ? `${format.format(lower)} and over` : `${format.format(lower)} to under ${format.format(upper)}`,
      fill,
      textColour: textColourOn(fill),
    };
  });
  return { bins, step: step.value };
}

/** The bin a value falls in; undefined for no value, or a value below the first bin. */
export function binIndexOf(binning: Binning, value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const { bins } = binning;
  for (let index = bins.length - 1; index >= 0; index--) {
    const bin = bins[index];
    if (bin && value >= bin.lower) return index;
  }
  return undefined;
}

/** White or near-black text, whichever has the higher contrast on the fill. */
export function textColourOn(fill: string): string {
  return contrastRatio(fill, LIGHT_TEXT) >= contrastRatio(fill, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}

/** How many bins of this step, from the multiple at or below origin, reach max. */
function binsNeeded(step: NiceStep, origin: number, max: number): number {
  const startIndex = step.indexAtOrBelow(origin);
  let count = Math.max(1, Math.ceil((max - step.times(startIndex)) / step.value));
  // The division can land a hair either side of a whole number: settle it on the edges themselves.
  while (step.times(startIndex + count) < max) count++;
  while (count > 1 && step.times(startIndex + count - 1) >= max) count--;
  return count;
}

/**
 * A step of mantissa × 10^exponent, kept apart so edges are computed as whole multiples
 * (k × mantissa, then scaled), which avoids sums like 0.1 + 0.2 ending at 0.30000000000000004.
 */
class NiceStep {
  private constructor(
    private readonly mantissaIndex: number,
    private readonly exponent: number,
  ) {}

  static atOrAbove(target: number): NiceStep {
    const exponent = Math.floor(Math.log10(target));
    for (let index = 0; index < NICE_MANTISSAS.length; index++) {
      const step = new NiceStep(index, exponent);
      if (step.value >= target * (1 - 1e-12)) return step;
    }
    return new NiceStep(0, exponent + 1);
  }

  get value(): number {
    return this.times(1);
  }

  /** Decimal places an edge can need: 2.5 × 10⁻¹ = 0.25 needs two. */
  get decimals(): number {
    const mantissaDecimals = this.mantissa === 2.5 ? 1 : 0;
    // Capped where Intl.NumberFormat's maximumFractionDigits stops accepting it (tiny values).
    return Math.min(20, Math.max(0, mantissaDecimals - this.exponent));
  }

  next(): NiceStep {
    return this.mantissaIndex + 1 < NICE_MANTISSAS.length ? new NiceStep(this.mantissaIndex + 1, this.exponent) : new NiceStep(0, this.exponent + 1);
  }

  /** k × step, as exactly as a double allows. */
  times(k: number): number {
    const multiple = k * this.mantissa;
    return this.exponent >= 0 ? multiple * 10 ** this.exponent : multiple / 10 ** -this.exponent;
  }

  /** The k of the largest multiple k × step at or below value. */
  indexAtOrBelow(value: number): number {
    let k = Math.floor(value / this.value);
    while (this.times(k) > value) k--;
    while (this.times(k + 1) <= value) k++;
    return k;
  }

  private get mantissa(): number {
    return NICE_MANTISSAS[this.mantissaIndex] ?? 1;
  }
}
