import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binIndexOf, DARK_TEXT, LIGHT_TEXT, SEQUENTIAL_BLUES, sequentialBins, textColourOn, type Binning } from './binning';
import { contrastRatio, relativeLuminance } from './colour-contrast';

/** 1, 2, 2.5 or 5 × 10ⁿ, allowing for the last bit of a double. */
function isNice(step: number): boolean {
  const exponent = Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5, 10].some((mantissa) => Math.abs(step / 10 ** exponent - mantissa) < 1e-9);
}

function expectCovers(binning: Binning, values: readonly number[]) {
  const first = binning.bins[0];
  const last = binning.bins[binning.bins.length - 1];
  expect(first).toBeDefined();
  expect(last).toBeDefined();
  expect(first?.lower).toBeLessThanOrEqual(Math.min(...values));
  expect(last?.upper).toBeGreaterThanOrEqual(Math.max(...values));
}

describe('sequentialBins', () => {
  it('makes four or five bins of a nice step that cover the data', () => {
    const values = [79, 102, 131, 145, 160, 188, 215];
    const binning = sequentialBins(values);
    expect(binning.step).toBe(50);
    expect(binning.bins.map((bin) => [bin.lower, bin.upper])).toEqual([
      [50, 100],
      [100, 150],
      [150, 200],
      [200, 250],
    ]);
    expectCovers(binning, values);
  });

  it('labels bins "x to under y", and the last "x and over"', () => {
    const binning = sequentialBins([50, 80, 120, 150]);
    expect(binning.bins.map((bin) => bin.label)).toEqual(['50 to under 75', '75 to under 100', '100 to under 125', '125 and over']);
  });

  it('formats edges with thousands separators, and as many decimals as the step needs', () => {
    expect(sequentialBins([0, 4200, 12_500]).bins.map((bin) => bin.label)).toEqual([
      '0 to under 2,500',
      '2,500 to under 5,000',
      '5,000 to under 7,500',
      '7,500 to under 10,000',
      '10,000 and over',
    ]);
    expect(sequentialBins([1.1, 1.9]).bins.map((bin) => bin.label)).toEqual([
      '1 to under 1.2',
      '1.2 to under 1.4',
      '1.4 to under 1.6',
      '1.6 to under 1.8',
      '1.8 and over',
    ]);
    expect(sequentialBins([0.1, 0.3, 0.6, 1.1]).bins[0]?.label).toBe('0 to under 0.25');
  });

  it('starts at zero when the smallest value is near zero, and near the smallest value otherwise', () => {
    expect(sequentialBins([3, 40, 96]).bins[0]?.lower).toBe(0);
    expect(sequentialBins([0, 7]).bins[0]?.lower).toBe(0);
    expect(sequentialBins([60, 70, 96]).bins[0]?.lower).toBe(60);
  });

  it('handles negative values, a single value, and no values', () => {
    const negative = sequentialBins([-12, -3, 4, 9]);
    expectCovers(negative, [-12, 9]);
    expect(isNice(negative.step)).toBe(true);
    const single = sequentialBins([100, undefined]);
    expect(single.bins).toHaveLength(4);
    expect(binIndexOf(single, 100)).toBe(0);
    expect(sequentialBins([undefined, Number.NaN])).toEqual({ bins: [], step: 0 });
    expect(sequentialBins([0, 0]).bins).toHaveLength(4);
  });

  it('ignores undefined and non-finite values', () => {
    expect(sequentialBins([79, undefined, 215, Number.POSITIVE_INFINITY])).toEqual(sequentialBins([79, 215]));
  });

  it('keeps its promises for any data: 4 or 5 bins, a nice step, whole edges, every value in a bin', () => {
    // Counts, rates and shares: whole numbers, or up to three decimal places.
    const value = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 42 }), (values) => {
        const binning = sequentialBins(values);
        expect([4, 5]).toContain(binning.bins.length);
        expect(isNice(binning.step)).toBe(true);
        expectCovers(binning, values);
        binning.bins.forEach((bin, index) => {
          expect(bin.index).toBe(index);
          expect(Math.abs((bin.upper - bin.lower) / binning.step - 1)).toBeLessThan(1e-9);
          // Edges are whole multiples of the step.
          const multiple = bin.lower / binning.step;
          expect(Math.abs(multiple - Math.round(multiple))).toBeLessThan(1e-6);
          if (index > 0) expect(bin.lower).toBe(binning.bins[index - 1]?.upper);
        });
        for (const v of values) expect(binIndexOf(binning, v)).toBeDefined();
      }),
    );
  });
});

describe('binIndexOf', () => {
  const binning = sequentialBins([50, 80, 120, 150]);

  it('puts a value on an edge in the bin that starts there, and anything above into the last bin', () => {
    expect(binIndexOf(binning, 50)).toBe(0);
    expect(binIndexOf(binning, 74.9)).toBe(0);
    expect(binIndexOf(binning, 75)).toBe(1);
    expect(binIndexOf(binning, 150)).toBe(3);
    expect(binIndexOf(binning, 9999)).toBe(3);
  });

  it('gives no bin for no value or a value below the first bin', () => {
    expect(binIndexOf(binning, undefined)).toBeUndefined();
    expect(binIndexOf(binning, 10)).toBeUndefined();
  });
});

describe('colours', () => {
  it('run light to dark', () => {
    for (const scale of Object.values(SEQUENTIAL_BLUES)) {
      const luminances = scale.map(relativeLuminance);
      for (let i = 1; i < luminances.length; i++) expect(luminances[i]).toBeLessThan(luminances[i - 1] ?? 0);
    }
  });

  it('pair every fill with a text colour of at least 4.5:1 contrast', () => {
    for (const scale of Object.values(SEQUENTIAL_BLUES)) {
      for (const fill of scale) {
        const text = textColourOn(fill);
        expect([LIGHT_TEXT, DARK_TEXT]).toContain(text);
        expect(contrastRatio(fill, text), fill).toBeGreaterThanOrEqual(4.5);
      }
    }
    for (const count of [4, 5]) {
      const values = count === 4 ? [50, 150] : [0, 100];
      const bins = sequentialBins(values).bins;
      expect(bins).toHaveLength(count);
      for (const bin of bins) expect(contrastRatio(bin.fill, bin.textColour), bin.fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('uses dark text on light tiles and white on dark ones', () => {
    expect(textColourOn('#D2E5F7')).toBe(DARK_TEXT);
    expect(textColourOn('#12436D')).toBe(LIGHT_TEXT);
  });
});
