import { describe, expect, it } from 'vitest';
import { landingNote, landingYear } from './landing-year';

const years = ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
const coverage = { publishedYears: { 'west-midlands': ['2019-20', '2021-22'], kent: [] } };

describe('landingYear', () => {
  it('opens on the latest year with published figures for the focus area, and says why', () => {
    const landing = landingYear(years, undefined, coverage, 'west-midlands');
    expect(landing).toEqual({ year: '2021-22', reason: 'latest-published', laterYears: ['2022-23', '2023-24'] });
    expect(landingNote(landing, 'West Midlands')).toBe(
      'Showing 2021-22, the latest year with published figures for West Midlands. Figures held for 2022-23 and 2023-24 are illustrative only; choose a year above to see them.',
    );
  });

  it('falls back to the latest year, saying so, for an area with no published figures', () => {
    const landing = landingYear(years, undefined, coverage, 'kent');
    expect(landing).toMatchObject({ year: '2023-24', reason: 'no-published-figures' });
    expect(landingNote(landing, 'Kent')).toMatch(/^No published figures for Kent are held here/);
    expect(landingYear(years, undefined, coverage, 'nowhere')).toMatchObject({ year: '2023-24', reason: 'no-published-figures' });
  });

  it('keeps a year the reader chose, and the latest year when coverage is unknown', () => {
    expect(landingYear(years, '2022-23', coverage, 'west-midlands')).toEqual({ year: '2022-23', reason: 'chosen', laterYears: [] });
    expect(landingYear(years, undefined, undefined, 'west-midlands')).toMatchObject({ year: '2023-24', reason: 'coverage-unknown' });
    expect(landingNote(landingYear(years, '2022-23', coverage, 'west-midlands'), 'West Midlands')).toBeUndefined();
  });

  it('says nothing when the latest year already has published figures', () => {
    const landing = landingYear(years, undefined, { publishedYears: { durham: years } }, 'durham');
    expect(landing.year).toBe('2023-24');
    expect(landingNote(landing, 'Durham')).toBeUndefined();
  });
});
