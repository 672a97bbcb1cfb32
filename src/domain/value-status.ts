import { FIRST_REGIONAL_YEAR } from './years';

/**
 * How trustworthy a drawn value is, in words a reader understands. Shown in tables, tooltips
 * and the CSV's value_status column.
 */
export type ValueStatus =
  | 'published'
  | 'illustrative'
  | 'imported'
  | 'calculated here'
  | 'not applicable'
  /** Not published: a real (or imported) report leaves it blank. */
  | 'missing'
  /** No figure is held here: no record for the area-year, or a blank in illustrative data. Says nothing about the real report. */
  | 'no figure held'
  /** A rate, share or change whose inputs are not all there. */
  | 'cannot be calculated'
  | 'sources disagree'
  | 'data error'
  /** From 2024-25 the reports are regional: an area's figure is not reported unless a regional report gives a by-area table. */
  | 'not reported by area';

/** The words shown where a row has no number to draw. */
export const NO_VALUE_TEXT: Partial<Record<ValueStatus, string>> = {
  'not applicable': 'not applicable',
  missing: 'not published',
  'no figure held': 'no figure held here',
  'cannot be calculated': 'cannot be calculated',
  'data error': 'data error',
  'not reported by area': `not reported by area from ${FIRST_REGIONAL_YEAR}`,
};

/** Statuses that come with a number to draw (and to write in a CSV). */
const STATUSES_WITH_A_VALUE: ReadonlySet<ValueStatus> = new Set<ValueStatus>(['published', 'illustrative', 'imported', 'calculated here', 'sources disagree']);

export function hasDrawableValue(status: ValueStatus): boolean {
  return STATUSES_WITH_A_VALUE.has(status);
}
