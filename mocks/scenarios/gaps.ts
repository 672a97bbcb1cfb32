/**
 * The "gaps" test scenario (?scenario=gaps in development, and unit tests): real tables have
 * gaps, so views must show a missing area-year or figure as a gap, never a zero. These gaps are
 * made up, so they live here and never in the default data, which claims nothing about real
 * reports that is not true.
 */
export const GAP_AREA_YEARS: readonly (readonly [areaId: string, year: string])[] = [
  ['gloucestershire', '2019-20'],
  ['lincolnshire', '2017-18'],
];

/** Illustrative figures blanked (made null, "no figure") in the scenario. */
export const BLANKED_FIGURES: readonly { areaId: string; year: string; path: readonly string[] }[] = [
  { areaId: 'hertfordshire', year: '2021-22', path: ['orders', 'shpoForeignTravel'] },
  { areaId: 'cumbria', year: '2021-22', path: ['sroBreachNotifications'] },
  { areaId: 'dorset', year: '2021-22', path: ['revocations'] },
  { areaId: 'essex', year: '2022-23', path: ['orders', 'notificationOrders'] },
  { areaId: 'cheshire', year: '2021-22', path: ['returnedToCustody', 'breachOfLicence', 'cells', 'level2', 'category2'] },
];

interface WireRecord {
  areaId?: unknown;
  year?: unknown;
}

/** One year's records as the scenario serves them: two area-years removed and a few plain numbers blanked. */
export function withGaps(year: string, records: readonly unknown[]): unknown[] {
  return records
    .filter((record) => !GAP_AREA_YEARS.some(([areaId, gapYear]) => gapYear === year && (record as WireRecord).areaId === areaId))
    .map((record) => {
      const blanks = BLANKED_FIGURES.filter((blank) => blank.year === year && blank.areaId === (record as WireRecord).areaId);
      if (blanks.length === 0) return record;
      const copy = structuredClone(record) as Record<string, unknown>;
      for (const blank of blanks) blankNumber(copy, blank.path);
      return copy;
    });
}

function blankNumber(record: Record<string, unknown>, path: readonly string[]): void {
  const parents = path.slice(0, -1);
  const key = path.at(-1);
  let holder: unknown = record;
  for (const step of parents) holder = (holder as Record<string, unknown> | undefined)?.[step];
  // Only a plain (illustrative) number is blanked: a figure with a published source never is.
  if (key !== undefined && holder && typeof (holder as Record<string, unknown>)[key] === 'number') (holder as Record<string, unknown>)[key] = null;
}
