import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from './colour-contrast';

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white, and follows the WCAG formula in between', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(relativeLuminance('#ffffff')).toBe(1);
    // Mid grey (#777777) is the usual worked example: about 0.184.
    expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 4);
    expect(relativeLuminance('#FF0000')).toBeCloseTo(0.2126, 4);
  });

  it('refuses anything but #RRGGBB', () => {
    expect(() => relativeLuminance('#fff')).toThrow(/#RRGGBB/);
    expect(() => relativeLuminance('blue')).toThrow(/#RRGGBB/);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, 1 for a colour on itself, whichever comes first', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 6);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#2073BC', '#2073BC')).toBe(1);
  });

  it('matches known values for the Analysis Function blues', () => {
    expect(contrastRatio('#12436D', '#FFFFFF')).toBeCloseTo(10.25, 1);
    expect(contrastRatio('#2073BC', '#FFFFFF')).toBeCloseTo(4.95, 1);
    // #777777 on white is just under the 4.5:1 text threshold.
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
});
