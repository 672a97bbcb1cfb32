import type { Area } from '../../domain/area';
import { optionOf } from '../../lib/option-of';
import { BREAKDOWN_IDS, COLOUR_IDS, INTERVAL_IDS, LAYOUT_IDS, LIMIT_IDS, SLICE_IDS, SORT_IDS, UNIT_IDS } from '../../domain/chart-options';
import { GROUP_IDS } from '../../domain/comparator-groups';
import { GEOGRAPHY_LEVELS } from '../../domain/geography';
import { MEASURE_IDS } from '../../domain/measures';
import { isMappaYear } from '../../domain/years';
import { VIEW_IDS } from './view-ids';

export const MAX_TREND_AREAS = 6;
/** More than any real list of areas: the areas themselves are checked once the data says which exist. */
const MAX_LISTED_AREAS = 100;
export const DEFAULT_FOCUS_AREA = 'west-midlands';

const SLUG = /^[a-z0-9-]{1,60}$/;
const MAX_PARAM_LENGTH = 2000;

/** One URL parameter: its name in the query string, its default, and how it is read and written. */
interface Param<T> {
  name: string;
  fallback: T;
  /** The value from the query string, or the fallback with a notice. */
  parse(raw: string, notices: string[]): T;
  /** The query-string text, or undefined to leave the parameter out (it is the default). */
  serialise(value: T): string | undefined;
}

function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  // Control characters from a hostile link must not reach the page as-is.
  // eslint-disable-next-line no-control-regex
  return `"${shown.replace(/[\u0000-\u001f\u007f]/g, '?')}"`;
}

/** A value chosen from a fixed list; anything else falls back with a notice. */
function choice<T extends string>(name: string, values: readonly T[], fallback: T, what: string): Param<T> {
  return {
    name,
    fallback,
    parse: (raw, notices) => {
      const found = optionOf(values, raw);
      if (found) return found;
      notices.push(`Ignored ${what} ${quote(raw)}: not one we know.`);
      return fallback;
    },
    serialise: (value) => (value === fallback ? undefined : value),
  };
}

/** A choice with no default value: undefined lets the view decide. */
function optionalChoice<T extends string>(name: string, values: readonly T[], what: string): Param<T | undefined> {
  return {
    name,
    fallback: undefined,
    parse: (raw, notices) => {
      const found = optionOf(values, raw);
      if (!found) notices.push(`Ignored ${what} ${quote(raw)}: not one we know.`);
      return found;
    },
    serialise: (value) => value,
  };
}

function areaList(name: string, max: number, what: string): Param<string[]> {
  return {
    name,
    fallback: [],
    parse: (raw, notices) => {
      if (raw === '') return [];
      const items = raw.split(',').map((item) => item.trim());
      const valid = [...new Set(items.filter((item) => SLUG.test(item)))];
      if (valid.length < items.length) notices.push(`Ignored some ${what}: they are not area names we know.`);
      if (valid.length > max) notices.push(`Only the first ${max} ${what} were kept.`);
      return valid.slice(0, max);
    },
    serialise: (value) => (value.length > 0 ? value.join(',') : undefined),
  };
}

/**
 * Every URL parameter, declared once: the view state's type, its defaults, parsing and writing
 * all come from this table. Parameters are read in this order, so notices come in this order.
 */
const PARAMS = {
  area: {
    name: 'area',
    fallback: DEFAULT_FOCUS_AREA,
    parse: (raw: string, notices: string[]) => {
      if (SLUG.test(raw)) return raw;
      notices.push(`Ignored area ${quote(raw)}: not an area we know.`);
      return DEFAULT_FOCUS_AREA;
    },
    serialise: (value: string) => (value === DEFAULT_FOCUS_AREA ? undefined : value),
  } satisfies Param<string>,
  year: {
    name: 'year',
    fallback: undefined,
    parse: (raw: string, notices: string[]): string | undefined => {
      if (isMappaYear(raw)) return raw;
      notices.push(`Ignored year ${quote(raw)}: years look like 2021-22.`);
      return undefined;
    },
    serialise: (value: string | undefined) => value,
  } satisfies Param<string | undefined>,
  view: choice('view', VIEW_IDS, 'summary', 'view'),
  geo: choice('geo', GEOGRAPHY_LEVELS, 'area', 'geography level'),
  group: choice('group', GROUP_IDS, 'all', 'comparator group'),
  custom: areaList('areas', MAX_LISTED_AREAS, 'chosen areas'),
  measure: choice('measure', MEASURE_IDS, 'rsoPer100k', 'measure'),
  unit: choice('unit', UNIT_IDS, 'count', 'unit'),
  layout: optionalChoice('layout', LAYOUT_IDS, 'chart layout'),
  by: choice('by', BREAKDOWN_IDS, 'category', 'breakdown'),
  slice: choice('slice', SLICE_IDS, 'all', 'filter'),
  trend: areaList('trend', MAX_TREND_AREAS, 'trend areas'),
  sort: choice('sort', SORT_IDS, 'value', 'order'),
  intervals: choice('intervals', INTERVAL_IDS, 'show', 'interval setting'),
  colour: choice('colour', COLOUR_IDS, 'focus', 'colour setting'),
  limits: choice('limits', LIMIT_IDS, 'plain', 'funnel limits setting'),
};

type Params = typeof PARAMS;
type ParamValue<P> = P extends { fallback: infer T; parse: (raw: string, notices: string[]) => infer U } ? T | U : never;

/** Everything that makes a view shareable: this is what the URL holds. */
export type ViewState = { [K in keyof Params]: ParamValue<Params[K]> };
export type ViewParam = keyof Params;

const PARAM_KEYS = Object.keys(PARAMS) as ViewParam[];

export const DEFAULT_VIEW: ViewState = Object.fromEntries(PARAM_KEYS.map((key) => [key, PARAMS[key].fallback])) as ViewState;

export interface ParsedView {
  state: ViewState;
  /** Short notices for parameters that were ignored. */
  notices: string[];
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
  const state: Record<string, unknown> = {};
  for (const key of PARAM_KEYS) {
    const param: Param<unknown> = PARAMS[key];
    const raw = params.get(param.name);
    if (raw !== null && raw.length > MAX_PARAM_LENGTH) notices.push(`Ignored ${param.name}: it is far too long.`);
    state[key] = raw === null || raw.length > MAX_PARAM_LENGTH ? param.fallback : param.parse(raw, notices);
  }
  return { state: state as ViewState, notices };
}

/** The query string for a view; defaults are left out so links stay short. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  // Written in a fixed, readable order: what is shown first, then how.
  const order: ViewParam[] = [
    'view',
    'geo',
    'area',
    'group',
    'custom',
    'year',
    'measure',
    'unit',
    'layout',
    'by',
    'slice',
    'trend',
    'sort',
    'intervals',
    'colour',
    'limits',
  ];
  for (const key of order) {
    const param: Param<unknown> = PARAMS[key];
    const text = param.serialise(state[key]);
    if (text !== undefined) params.set(param.name, text);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** What reconcile needs to know of an area: enough to choose a fallback and name it. */
export type ContextArea = Pick<Area, 'id' | 'name' | 'kind'>;

export interface ViewContext {
  areas: readonly ContextArea[];
  years: readonly string[];
}

/**
 * The area shown when the link names none the data service has: the default area if the list
 * holds it, else the first local area, else the first area of any kind. Undefined only for an
 * empty list (which the areas answer's schema refuses).
 */
export function fallbackFocusArea<A extends ContextArea>(areas: readonly A[]): A | undefined {
  return areas.find((area) => area.id === DEFAULT_FOCUS_AREA) ?? areas.find((area) => area.kind === 'area') ?? areas[0];
}

function missingAreaNotice(area: string, fallback: ContextArea): string {
  if (area === DEFAULT_FOCUS_AREA)
    return `West Midlands, the area shown by default, is not in the data service's list of areas; showing ${fallback.name} instead.`;
  return `There is no area ${quote(area)}; showing ${fallback.name} instead.`;
}

/**
 * Check a parsed view against the areas and years the API really has. Every value it falls back
 * to is one the data has, so reconciling its own output changes nothing and says nothing: the
 * store can run it on every change without looping.
 */
export function reconcileViewState(state: ViewState, context: ViewContext): ParsedView {
  const notices: string[] = [];
  const known = new Set(context.areas.map((item) => item.id));
  let { area, year } = state;
  const fallback = fallbackFocusArea(context.areas);
  if (!known.has(area) && fallback) {
    notices.push(missingAreaNotice(area, fallback));
    area = fallback.id;
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
