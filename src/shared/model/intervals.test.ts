import { describe, expect, it } from 'vitest';
import { fixtureYearData } from '../../../tests/helpers/fixture-data';
import { MEASURES } from '../../domain/measures';
import { describeInterval, intervalNotes, intervalRange, intervalStatistic, NO_INTERVAL_FOR_COUNTS, rowInterval } from './intervals';
import { measureValue } from './measure-values';

const data2021 = fixtureYearData('2021-22');
const report = (id: string) => {
  const found = data2021.reports.find((r) => r.areaId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('rowInterval', () => {
  it('gives a rate per 100,000 Byar’s interval from 10 people counted, and the exact Poisson one below', () => {
    const byar = rowInterval({ statistic: 'rate', count: 3682, denominator: (3682 / 145) * 100_000, multiplier: 100_000, inputStatuses: ['published'] });
    expect(byar).toMatchObject({ level: 0.95, method: 'byar', trust: 'published' });
    expect(byar?.lower).toBeCloseTo(140.35, 1);
    expect(byar?.upper).toBeCloseTo(149.76, 1);
    expect(rowInterval({ statistic: 'rate', count: 9, denominator: 1_000_000, multiplier: 100_000, inputStatuses: ['published'] })?.method).toBe(
      'exact-poisson',
    );
  });

  it('gives a share Wilson’s interval, and none where the part is bigger than the whole', () => {
    const wilson = rowInterval({ statistic: 'proportion', count: 54, denominator: 175, multiplier: 100, inputStatuses: ['published', 'published'] });
    expect(wilson?.method).toBe('wilson');
    expect(wilson?.lower).toBeLessThan((54 / 175) * 100);
    expect(wilson?.upper).toBeGreaterThan((54 / 175) * 100);
    expect(rowInterval({ statistic: 'proportion', count: 12, denominator: 10, multiplier: 100, inputStatuses: ['published'] })).toBeUndefined();
  });

  it('has none from a gap, a missing denominator, a fractional count or no inputs', () => {
    const base = { statistic: 'rate', count: 10, denominator: 1000, multiplier: 100_000, inputStatuses: ['published'] } as const;
    expect(rowInterval({ ...base, count: undefined })).toBeUndefined();
    expect(rowInterval({ ...base, denominator: undefined })).toBeUndefined();
    expect(rowInterval({ ...base, denominator: 0 })).toBeUndefined();
    expect(rowInterval({ ...base, count: 10.5 })).toBeUndefined();
    expect(rowInterval({ ...base, inputStatuses: ['published', 'missing'] })).toBeUndefined();
    expect(rowInterval({ ...base, inputStatuses: [] })).toBeUndefined();
  });

  it('is as trustworthy as its weakest input: illustrative in, illustrative out', () => {
    const base = { statistic: 'rate', count: 10, denominator: 1000, multiplier: 100_000 } as const;
    expect(rowInterval({ ...base, inputStatuses: ['published', 'illustrative'] })?.trust).toBe('illustrative');
    expect(rowInterval({ ...base, inputStatuses: ['calculated here', 'sources disagree'] })?.trust).toBe('disputed');
    expect(rowInterval({ ...base, inputStatuses: ['imported', 'published'] })?.trust).toBe('imported');
  });
});

describe('intervals attached by measureValue', () => {
  it('West Midlands 2021-22 RSOs per 100,000: 3,682 registered sexual offenders at 145 give an interval around 145', () => {
    const value = measureValue(report('west-midlands'), MEASURES.rsoPer100k, 'count');
    expect(value).toMatchObject({ value: 145, basis: { count: 3682 }, interval: { method: 'byar', level: 0.95, trust: 'published' } });
    expect(value.basis?.denominatorValue).toBeCloseTo((3682 / 145) * 100_000, 3);
    expect(value.interval?.lower).toBeGreaterThan(139);
    expect(value.interval?.lower).toBeLessThan(145);
    expect(value.interval?.upper).toBeGreaterThan(145);
    expect(value.interval?.upper).toBeLessThan(151);
    expect(value.interval && intervalRange(value.interval)).toBe('140.4 to 149.8');
    expect(value.interval && describeInterval(value.interval)).toBe('95% interval 140.4 to 149.8 (Byar’s method)');
  });

  it('calculated rates use the inferred population; small counts use the exact method', () => {
    const category3 = measureValue(report('west-midlands'), MEASURES.category3, 'rate');
    // 7 category 3 offenders: an exact Poisson interval, wide and lopsided.
    expect(category3.interval).toMatchObject({ method: 'exact-poisson', trust: 'published' });
    expect(category3.interval?.lower).toBeLessThan(category3.value ?? 0);
    expect(category3.interval?.upper).toBeGreaterThan(2 * (category3.value ?? 0) - (category3.interval?.lower ?? 0));
  });

  it('shares and "per 100 offenders" use Wilson’s interval of their part and whole', () => {
    expect(measureValue(report('west-midlands'), MEASURES.level23Share, 'count')).toMatchObject({
      basis: { count: 54, denominatorValue: 5486 },
      interval: { method: 'wilson', trust: 'published' },
    });
    expect(measureValue(report('west-midlands'), MEASURES.breachOfLicenceRate, 'count')).toMatchObject({
      basis: { count: 54, denominatorValue: 175 },
      interval: { method: 'wilson' },
    });
    expect(measureValue(report('west-midlands'), MEASURES.category1, 'share').interval?.method).toBe('wilson');
  });

  it('an illustrative record gives an illustrative interval', () => {
    expect(measureValue(report('kent'), MEASURES.rsoPer100k, 'count').interval?.trust).toBe('illustrative');
    expect(measureValue(report('kent'), MEASURES.category2, 'rate').interval?.trust).toBe('illustrative');
  });

  it('counts have none', () => {
    expect(measureValue(report('west-midlands'), MEASURES.category3, 'count').interval).toBeUndefined();
  });
});

describe('intervalNotes', () => {
  it('says counts have no interval', () => {
    expect(intervalStatistic(MEASURES.category3, 'count')).toBeUndefined();
    expect(intervalNotes(MEASURES.category3, 'count')).toEqual([NO_INTERVAL_FOR_COUNTS]);
    expect(NO_INTERVAL_FOR_COUNTS).toBe('Counts are whole populations, not samples: they have no interval.');
  });

  it('explains the method in plain English, with the 1 in 20 and what an interval does not cover', () => {
    const [method] = intervalNotes(MEASURES.rsoPer100k, 'count');
    expect(method).toContain('Byar’s method');
    expect(method).toContain('if the true rate were the same as England and Wales, a difference this large would happen by chance less than 1 time in 20');
    expect(method).toContain('Intervals describe random variation, not data quality');
    expect(intervalNotes(MEASURES.level23Share, 'count')[0]).toContain('Wilson score method');
  });
});
