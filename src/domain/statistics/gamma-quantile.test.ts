import chiSquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { describe, expect, it } from 'vitest';
import { gammaQuantile, logGamma, regularisedGammaP } from './gamma-quantile';

describe('gammaQuantile', () => {
  it('gives the exact Poisson limits R gives (qgamma, i.e. qchisq(p, 2a) / 2)', () => {
    // 1 event: −ln(0.975) and qgamma(0.975, 2); 3 events: the textbook 0.619 to 8.767.
    expect(gammaQuantile(0.025, 1)).toBeCloseTo(-Math.log(0.975), 12);
    expect(gammaQuantile(0.975, 2)).toBeCloseTo(5.571643, 5);
    expect(gammaQuantile(0.025, 3)).toBeCloseTo(0.6186721, 6);
    expect(gammaQuantile(0.975, 4)).toBeCloseTo(8.767273, 5);
  });

  it('agrees with the maintained @stdlib chi-square quantile (qchisq(p, 2a) / 2) over levels and counts', () => {
    for (const p of [0.001, 0.025, 0.05, 0.5, 0.95, 0.975, 0.999]) {
      for (const a of [0.5, 1, 2, 3.7, 5, 9, 10, 11, 25]) {
        const expected = chiSquareQuantile(p, 2 * a) / 2;
        expect(Math.abs(gammaQuantile(p, a) - expected) / expected, `p ${p}, a ${a}`).toBeLessThan(1e-9);
      }
    }
  });

  it('inverts the regularised incomplete gamma function, including fractional shapes', () => {
    for (const a of [0.3, 1, 2.5, 9.99, 40]) {
      for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) expect(regularisedGammaP(a, gammaQuantile(p, a))).toBeCloseTo(p, 10);
    }
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(() => gammaQuantile(0, 1)).toThrow(RangeError);
  });
});
