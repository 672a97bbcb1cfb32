/** The units a measure can be shown in: as counted, per 100,000 population, or as a share. */
export const UNIT_IDS = ['count', 'rate', 'share'] as const;
export type UnitId = (typeof UNIT_IDS)[number];

/** Chart layouts; each view uses some of them (levels: stacked or panels; trends: lines or panels). */
export const LAYOUT_IDS = ['stacked', 'panels', 'lines'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export const BREAKDOWN_IDS = ['level', 'category'] as const;
export type BreakdownId = (typeof BREAKDOWN_IDS)[number];

/** What the levels chart is limited to: everything, one category (by level) or one level (by category). */
export const SLICE_IDS = ['all', 'category1', 'category2', 'category3', 'category4', 'level1', 'level2', 'level3'] as const;
export type SliceId = (typeof SLICE_IDS)[number];

/** Orders of the ranked chart: by value (highest first), by area name, or by change from the year before. */
export const SORT_IDS = ['value', 'name', 'change'] as const;
export type SortId = (typeof SORT_IDS)[number];

/** Confidence intervals on ranked bars: shown (the default) or hidden. */
export const INTERVAL_IDS = ['show', 'hide'] as const;
export type IntervalId = (typeof INTERVAL_IDS)[number];

/** What colours the ranked bars and map tiles: the focus area, or the comparison with England and Wales. */
export const COLOUR_IDS = ['focus', 'comparison'] as const;
export type ColourId = (typeof COLOUR_IDS)[number];

/**
 * The funnel plot's control limits: plain (chance alone, the default), or widened to allow for the
 * areas genuinely differing from each other (overdispersion, Spiegelhalter's random-effects method).
 */
export const LIMIT_IDS = ['plain', 'overdispersed'] as const;
export type LimitsId = (typeof LIMIT_IDS)[number];
