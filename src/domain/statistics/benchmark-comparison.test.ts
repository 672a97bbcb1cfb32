import { describe, expect, it } from 'vitest';
import { benchmarkSentence, chanceOneIn, compareWithBenchmark } from './benchmark-comparison';
import { rateInterval } from './confidence-intervals';

describe('compareWithBenchmark', () => {
  it('is higher when the whole interval is above the benchmark, lower when all below, otherwise similar', () => {
    expect(compareWithBenchmark({ lower: 150, upper: 170 }, 145, 0.95)).toEqual({ result: 'higher', benchmark: 145, confidence: 0.95 });
    expect(compareWithBenchmark({ lower: 120, upper: 140 }, 145, 0.95)).toMatchObject({ result: 'lower' });
    expect(compareWithBenchmark({ lower: 130, upper: 160 }, 145, 0.998)).toEqual({ result: 'similar', benchmark: 145, confidence: 0.998 });
  });

  it('counts a benchmark exactly on either limit as inside the interval: similar', () => {
    expect(compareWithBenchmark({ lower: 145, upper: 170 }, 145, 0.95)).toMatchObject({ result: 'similar' });
    expect(compareWithBenchmark({ lower: 120, upper: 145 }, 145, 0.95)).toMatchObject({ result: 'similar' });
    expect(compareWithBenchmark({ lower: 145, upper: 145 }, 145, 0.95)).toMatchObject({ result: 'similar' });
  });

  it('is higher or lower as soon as the benchmark is just outside a limit', () => {
    expect(compareWithBenchmark({ lower: 145.000001, upper: 170 }, 145, 0.95)).toMatchObject({ result: 'higher' });
    expect(compareWithBenchmark({ lower: 120, upper: 144.999999 }, 145, 0.95)).toMatchObject({ result: 'lower' });
  });

  it('works on a computed interval: 30 per 10,000 people against 145 and 300 per 100,000', () => {
    const interval = rateInterval(30, 10_000); // 300 per 100,000, 202.4 to 428.3
    expect(compareWithBenchmark(interval, 145, 0.95)).toMatchObject({ result: 'higher' });
    expect(compareWithBenchmark(interval, 300, 0.95)).toMatchObject({ result: 'similar' });
  });

  it('does not compare when the area or the benchmark has no figure, and says why', () => {
    expect(compareWithBenchmark(undefined, 145, 0.95)).toEqual({ result: 'not-compared', reason: 'this area has no figure to compare' });
    expect(compareWithBenchmark(null, 145, 0.95)).toMatchObject({ result: 'not-compared' });
    expect(compareWithBenchmark({ lower: Number.NaN, upper: 3 }, 145, 0.95)).toMatchObject({ result: 'not-compared' });
    expect(compareWithBenchmark({ lower: 1, upper: 3 }, undefined, 0.95)).toEqual({
      result: 'not-compared',
      reason: 'there is no England and Wales figure to compare with',
    });
    expect(compareWithBenchmark({ lower: 1, upper: 3 }, null, 0.95)).toMatchObject({ result: 'not-compared' });
  });

  it('refuses an interval whose lower limit is above its upper limit', () => {
    expect(() => compareWithBenchmark({ lower: 5, upper: 3 }, 4, 0.95)).toThrow(RangeError);
  });
});

describe('benchmarkSentence', () => {
  it('explains a higher result in plain English, with 1 time in 20 at 95%', () => {
    expect(benchmarkSentence({ result: 'higher', benchmark: 145, confidence: 0.95 })).toBe(
      'Higher than England and Wales (145): if the true rate were the same as England and Wales, a difference this large would happen by chance less than 1 time in 20.',
    );
  });

  it('says 1 time in 500 at 99.8%, and can talk about a share with its own number format', () => {
    expect(
      benchmarkSentence({ result: 'lower', benchmark: 12.34, confidence: 0.998 }, { quantity: 'share', formatValue: (value) => `${value.toFixed(1)}%` }),
    ).toBe(
      'Lower than England and Wales (12.3%): if the true share were the same as England and Wales, a difference this large would happen by chance less than 1 time in 500.',
    );
  });

  it('explains similar and not compared', () => {
    expect(benchmarkSentence({ result: 'similar', benchmark: 145, confidence: 0.95 })).toBe(
      'Similar to England and Wales: the difference is within what chance alone could produce.',
    );
    expect(benchmarkSentence(compareWithBenchmark(undefined, 145, 0.95))).toBe('Not compared with England and Wales: this area has no figure to compare.');
  });

  it('never uses judgemental words', () => {
    const comparisons = [
      compareWithBenchmark({ lower: 150, upper: 170 }, 145, 0.95),
      compareWithBenchmark({ lower: 120, upper: 140 }, 145, 0.998),
      compareWithBenchmark({ lower: 130, upper: 160 }, 145, 0.95),
    ];
    for (const comparison of comparisons) expect(benchmarkSentence(comparison)).not.toMatch(/better|worse|good|bad|concern/i);
  });
});

describe('chanceOneIn', () => {
  it('is 20 for 95% and 500 for 99.8%', () => {
    expect(chanceOneIn(0.95)).toBe(20);
    expect(chanceOneIn(0.998)).toBe(500);
  });
});
