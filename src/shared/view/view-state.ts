import { GROUP_IDS, type ComparatorGroupId } from '../../domain/comparator-groups';
import { isMappaYear } from '../../domain/years';
import { MEASURE_IDS, type MeasureId } from '../../domain/measures';

export const VIEW_IDS = ['summary', 'compare', 'levels', 'recalls', 'rates', 'trends', 'tables', 'glossary', 'import'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const UNIT_IDS = ['count', 'rate', 'share'] as const;
export type UnitId = (typeof UNIT_IDS)[number];

export const LAYOUT_IDS = ['grouped', 'stacked'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export const BREAKDOWN_IDS = ['level', 'category'] as const;
export type BreakdownId = (typeof BREAKDOWN_IDS)[number];

/** What the levels chart is limited to: everything, one category (by level) or one level (by category). */
export const SLICE_IDS = ['all', 'category1', 'category2', 'category3', 'category4', 'level1', 'level2', 'level3'] as const;
export type SliceId = (typeof SLICE_IDS)[number];

/** Orders of the ranked chart: by value (highest first), by area name, or by change from the year before. */
export const SORT_IDS = ['value', 'name', 'change'] as const;
export type SortId = (typeof SORT_IDS)[number];

export const MAX_TREND_AREAS = 6;
const MAX_CUSTOM_AREAS = 42;
export const DEFAULT_FOCUS_AREA = 'west-midlands';

/** Everything that makes a view shareable: this is what the URL holds. */
export interface ViewState {
  view: ViewId;
  area: string;
  group: ComparatorGroupId;
  /** Areas of the custom comparator group. */
  custom: string[];
  /** undefined = the latest year the API has. */
  year: string | undefined;
  measure: MeasureId;
  unit: UnitId;
  layout: LayoutId;
  by: BreakdownId;
  slice: SliceId;
  /** Areas drawn beside the focus area in trends. */
  trend: string[];
  sort: SortId;
}

export const DEFAULT_VIEW: ViewState = {
  view: 'summary',
  area: DEFAULT_FOCUS_AREA,
  group: 'all',
  custom: [],
  year: undefined,
  measure: 'rsoPer100k',
  unit: 'count',
  layout: 'grouped',
  by: 'category',
  slice: 'all',
  trend: [],
  sort: 'value',
};

export interface ParsedView {
  state: ViewState;
  /** Short notices for parameters that were ignored. */
  notices: string[];
}

const SLUG = /^[a-z0-9-]{1,60}$/;
const MAX_PARAM_LENGTH = 2000;

function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  // Control characters from a hostile link must not reach the page as-is.
  // eslint-disable-next-line no-control-regex
  return `"${shown.replace(/[\u0000-\u001f\u007f]/g, '?')}"`;
}

function pickEnum<T extends string>(values: readonly T[], raw: string | null, fallback: T, name: string, notices: string[]): T {
  if (raw === null) return fallback;
  const found = values.find((value) => value === raw);
  if (found) return found;
  notices.push(`Ignored ${name} ${quote(raw)}: not one we know.`);
  return fallback;
}

function pickList(raw: string | null, max: number, name: string, notices: string[]): string[] {
  if (raw === null || raw === '') return [];
  const items = raw.split(',').map((item) => item.trim());
  const valid = [...new Set(items.filter((item) => SLUG.test(item)))];
  if (valid.length < items.length) notices.push(`Ignored some ${name}: they are not area names we know.`);
  if (valid.length > max) notices.push(`Only the first ${max} ${name} were kept.`);
  return valid.slice(0, max);
}

/**
 * Read a view from a query string. Anything unknown, malformed or hostile falls back to
 * the default with a short notice; this never throws.
 */
export function parseViewState(search: string): ParsedView {
  const notices: string[] = [];
  let params: URLSearchParams;
  if (search.length > MAX_PARAM_LENGTH * 4) {
    return { state: DEFAULT_VIEW, notices: ['The link is far too long to be one of ours; showing the default view.'] };
  }
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: DEFAULT_VIEW, notices: ['The link could not be read; showing the default view.'] };
  }
  const get = (name: string) => {
    const value = params.get(name);
    if (value !== null && value.length > MAX_PARAM_LENGTH) {
      notices.push(`Ignored ${name}: it is far too long.`);
      return null;
    }
    return value;
  };
  const areaRaw = get('area');
  let area = DEFAULT_VIEW.area;
  if (areaRaw !== null) {
    if (SLUG.test(areaRaw)) area = areaRaw;
    else notices.push(`Ignored area ${quote(areaRaw)}: not an area we know.`);
  }
  const yearRaw = get('year');
  let year: string | undefined;
  if (yearRaw !== null) {
    if (isMappaYear(yearRaw)) year = yearRaw;
    else notices.push(`Ignored year ${quote(yearRaw)}: years look like 2021-22.`);
  }
  const state: ViewState = {
    view: pickEnum(VIEW_IDS, get('view'), DEFAULT_VIEW.view, 'view', notices),
    area,
    group: pickEnum(GROUP_IDS, get('group'), DEFAULT_VIEW.group, 'comparator group', notices),
    custom: pickList(get('areas'), MAX_CUSTOM_AREAS, 'chosen areas', notices),
    year,
    measure: pickEnum(MEASURE_IDS, get('measure'), DEFAULT_VIEW.measure, 'measure', notices),
    unit: pickEnum(UNIT_IDS, get('unit'), DEFAULT_VIEW.unit, 'unit', notices),
    layout: pickEnum(LAYOUT_IDS, get('layout'), DEFAULT_VIEW.layout, 'chart layout', notices),
    by: pickEnum(BREAKDOWN_IDS, get('by'), DEFAULT_VIEW.by, 'breakdown', notices),
    slice: pickEnum(SLICE_IDS, get('slice'), DEFAULT_VIEW.slice, 'filter', notices),
    trend: pickList(get('trend'), MAX_TREND_AREAS, 'trend areas', notices),
    sort: pickEnum(SORT_IDS, get('sort'), DEFAULT_VIEW.sort, 'order', notices),
  };
  return { state, notices };
}

/** The query string for a view; defaults are left out so links stay short. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW.view) params.set('view', state.view);
  if (state.area !== DEFAULT_VIEW.area) params.set('area', state.area);
  if (state.group !== DEFAULT_VIEW.group) params.set('group', state.group);
  if (state.custom.length > 0) params.set('areas', state.custom.join(','));
  if (state.year !== undefined) params.set('year', state.year);
  if (state.measure !== DEFAULT_VIEW.measure) params.set('measure', state.measure);
  if (state.unit !== DEFAULT_VIEW.unit) params.set('unit', state.unit);
  if (state.layout !== DEFAULT_VIEW.layout) params.set('layout', state.layout);
  if (state.by !== DEFAULT_VIEW.by) params.set('by', state.by);
  if (state.slice !== DEFAULT_VIEW.slice) params.set('slice', state.slice);
  if (state.trend.length > 0) params.set('trend', state.trend.join(','));
  if (state.sort !== DEFAULT_VIEW.sort) params.set('sort', state.sort);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

export interface ViewContext {
  areaIds: readonly string[];
  years: readonly string[];
}

/** Check a parsed view against the areas and years the API really has. */
export function reconcileViewState(state: ViewState, context: ViewContext): ParsedView {
  const notices: string[] = [];
  const known = new Set(context.areaIds);
  let { area, year } = state;
  if (!known.has(area)) {
    notices.push(`There is no area ${quote(area)}; showing ${DEFAULT_FOCUS_AREA.replace(/-/g, ' ')} instead.`);
    area = DEFAULT_VIEW.area;
  }
  if (year !== undefined && !context.years.includes(year)) {
    notices.push(`There are no reports for ${year}; showing the latest year instead.`);
    year = undefined;
  }
  const keepKnown = (ids: string[], name: string) => {
    const kept = ids.filter((id) => known.has(id));
    if (kept.length < ids.length) notices.push(`Ignored ${ids.length - kept.length} unknown ${name}.`);
    return kept;
  };
  const custom = keepKnown(state.custom, 'chosen areas');
  const trend = keepKnown(state.trend, 'trend areas').filter((id) => id !== area);
  return { state: { ...state, area, year, custom, trend }, notices };
}
