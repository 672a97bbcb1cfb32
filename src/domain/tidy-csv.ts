import type { ValueStatus } from './value-status';

/**
 * The app's tidy CSV: what its CSV downloads write (shared/export/csv.ts) and what the import
 * reads back (ingest/tidy-csv): one figure per line, with its status and source.
 */
/** Every column of a download, in order. */
export const CSV_COLUMNS = [
  'area',
  'area_id',
  'year',
  'measure',
  'measure_id',
  'series',
  'value',
  'unit',
  'value_status',
  'source',
  'count',
  'count_status',
  'count_source',
  'lower_95',
  'upper_95',
  'interval_method',
  'interval_status',
  'compared_with_england_and_wales',
  'comparison_status',
  'count_of',
  'denominator',
  'rank',
  'rank_status',
  'rank_among_published',
  'rank_range_95',
  'change_since_year_before',
  'change_status',
  'funnel_position',
  'funnel_position_status',
  'notes',
  // Last, so earlier files' columns keep their places: area, probation region or England and Wales,
  // and for a region how its figure was found (a regional report, or the sum of its areas, calculated here).
  'geography_level',
  'region_figure',
] as const;

/** The columns a tidy CSV must have to be read back (in any order). */
export const TIDY_CSV_COLUMNS = ['area', 'area_id', 'year', 'measure', 'measure_id', 'value', 'unit', 'value_status', 'source'] as const;

/** Every status a value_status cell may hold. */
export const VALUE_STATUSES: readonly ValueStatus[] = [
  'published',
  'illustrative',
  'imported',
  'calculated here',
  'not applicable',
  'missing',
  'no figure held',
  'cannot be calculated',
  'sources disagree',
  'data error',
  'not reported by area',
];
