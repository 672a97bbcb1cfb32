import { describe, expect, it } from 'vitest';
import type { DisputedClaim } from './cell';
import { publicationDate, resolveDispute, resolvedValue } from './disputes';
import type { Provenance } from './provenance';

const press = (title: string): Provenance => ({ kind: 'published-press', title, url: `https://example.org/${encodeURIComponent(title)}`, quote: 'q' });
const report: Provenance = { kind: 'published-report', title: 'Hertfordshire MAPPA Annual Report 2022-23', year: '2022-23' };
const claim = (value: number, source: Provenance): DisputedClaim => ({ value, source });

describe('resolveDispute: the documented rule', () => {
  it('1. the area’s own annual report wins over any press report, wherever it is listed', () => {
    const resolution = resolveDispute([claim(816, press('LBC 2024-01-30')), claim(901, report), claim(987, press('The Comet'))]);
    expect(resolution.chosen.value).toBe(901);
    expect(resolution.rule).toBe('official-report');
    expect(resolution.others.map((c) => c.value)).toEqual([816, 987]);
  });

  it('2. when every source is dated, the most recently published wins', () => {
    const resolution = resolveDispute([claim(568, press('Luton Today 2023-12-29')), claim(604, press('LBC 2024-01-30')), claim(590, press('Star 2023-06-01'))]);
    expect(resolution.chosen.value).toBe(604);
    expect(resolution.rule).toBe('latest-publication');
    expect(resolution.reason).toBe('it is the most recently published (2024-01-30)');
  });

  it('3. when any source is undated, the first recorded is a tie-break, and says so', () => {
    const resolution = resolveDispute([claim(816, press('LBC 2024-01-30')), claim(987, press('The Comet: How many registered sex offenders in Herts'))]);
    expect(resolution.chosen.value).toBe(816);
    expect(resolution.rule).toBe('first-recorded');
    expect(resolution.reason).toMatch(/tie-break/);
    // The order decides, not the value: reversed, the other figure is chosen.
    expect(resolveDispute([claim(987, press('The Comet')), claim(816, press('LBC 2024-01-30'))]).chosen.value).toBe(987);
  });

  it('keeps every claim: the chosen one plus the others are exactly the input, never averaged', () => {
    const claims = [claim(1707, press('The Argus: risen')), claim(1702, press('The Argus: 1,700')), claim(1409, press('The Argus: 1,700'))];
    const resolution = resolveDispute(claims);
    expect([resolution.chosen, ...resolution.others].map((c) => c.value).sort()).toEqual([1409, 1702, 1707]);
  });

  it('two disagreeing annual reports fall to the tie-break among the reports only', () => {
    const other: Provenance = { ...report, title: 'Hertfordshire MAPPA Annual Report 2022-23 (revised)' };
    const resolution = resolveDispute([claim(1, press('LBC 2024-01-30')), claim(2, report), claim(3, other)]);
    expect(resolution.chosen.value).toBe(2);
    expect(resolution.rule).toBe('first-recorded');
    expect(resolution.reason).toMatch(/annual reports disagree/);
  });
});

describe('publicationDate and resolvedValue', () => {
  it('reads an ISO date from a press title, and nothing from a title without one', () => {
    expect(publicationDate(press('LBC 2024-01-30'))).toBe('2024-01-30');
    expect(publicationDate(press('The Comet'))).toBeUndefined();
    expect(publicationDate(report)).toBeUndefined();
  });

  it('gives the chosen value of a dispute, a value as it is, and nothing for a gap', () => {
    expect(resolvedValue({ kind: 'disputed', claims: [claim(816, press('A')), claim(987, press('B'))] })).toBe(816);
    expect(resolvedValue({ kind: 'value', value: 5 })).toBe(5);
    expect(resolvedValue({ kind: 'missing' })).toBeUndefined();
    expect(resolvedValue({ kind: 'not-applicable' })).toBeUndefined();
  });
});
