/**
 * MAPPA years run 1 April – 31 March and are written "2021-22".
 * Category 4 (terrorism) exists from 2022-23 reports on; the RSO rate uses the
 * 2021 census from 2021-22 on and mid-year population estimates before that.
 */
export type MappaYear = `${number}-${number}`;

export const FIRST_CATEGORY_4_YEAR = '2022-23';
export const FIRST_CENSUS_2021_RATE_YEAR = '2021-22';
/** From this year the MAPPA annual reports are published per probation region, no longer per area. */
export const FIRST_REGIONAL_YEAR = '2024-25';

const YEAR_PATTERN = /^(\d{4})-(\d{2})$/;

export function isMappaYear(text: string): text is MappaYear {
  const match = YEAR_PATTERN.exec(text);
  if (!match) return false;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start >= 2000 && start <= 2099 && (start + 1) % 100 === end;
}

export function yearStart(year: MappaYear): number {
  return Number(year.slice(0, 4));
}

export function yearFromStart(start: number): MappaYear {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}` as MappaYear;
}

export function compareYears(a: MappaYear, b: MappaYear): number {
  return yearStart(a) - yearStart(b);
}

export function previousYear(year: MappaYear): MappaYear {
  return yearFromStart(yearStart(year) - 1);
}

export function hasCategory4(year: MappaYear): boolean {
  return yearStart(year) >= yearStart(FIRST_CATEGORY_4_YEAR);
}

export type RatePopulationBasis = 'census-2021' | 'mid-year-estimate';

export function ratePopulationBasis(year: MappaYear): RatePopulationBasis {
  return yearStart(year) >= yearStart(FIRST_CENSUS_2021_RATE_YEAR) ? 'census-2021' : 'mid-year-estimate';
}

/** "31 March 2022" for the snapshot date of the 2021-22 year. */
export function snapshotDate(year: MappaYear): string {
  return `31 March ${yearStart(year) + 1}`;
}

/** "1 April 2021 to 31 March 2022". */
export function yearPeriod(year: MappaYear): string {
  return `1 April ${yearStart(year)} to 31 March ${yearStart(year) + 1}`;
}

/**
 * Whether two years' rates per 100,000 use different population bases (mid-year estimates before
 * 2021-22, the 2021 census from then on): comparing them is not like for like.
 */
export function crossesRateSeriesBreak(from: string, to: string): boolean {
  if (!isMappaYear(from) || !isMappaYear(to)) return false;
  return ratePopulationBasis(from) !== ratePopulationBasis(to);
}

export const SERIES_BREAK_TEXT = 'across the 2021 census series break, so not like for like';

/** Whether a year's reports are regional (2024-25 on): areas' figures are then not reported unless a report gives them. */
export function isRegionalEra(year: string): boolean {
  return isMappaYear(year) && yearStart(year) >= yearStart(FIRST_REGIONAL_YEAR);
}

/** The years whose reports were published per area (before 2024-25), in the order given. */
export function areaEraYears(years: readonly string[]): string[] {
  return years.filter((year) => !isRegionalEra(year));
}

export const REPORTING_CHANGE_TEXT = `from ${FIRST_REGIONAL_YEAR}: regional reports; earlier years summed from area reports`;

/** The years of both lists, once each, oldest first: the data service's years and any a saved import brings. */
export function unionOfYears(...lists: readonly (readonly string[])[]): string[] {
  const years = new Set<string>();
  for (const list of lists) for (const year of list) if (isMappaYear(year)) years.add(year);
  return [...years].sort((a, b) => compareYears(a as MappaYear, b as MappaYear));
}
