import type { Area } from '../../domain/area';
import { comparatorGroup, type ComparatorGroup } from '../../domain/comparator-groups';
import { MEASURES, unitsFor, type MeasureId } from '../../domain/measures';
import { areaEraYears, isMappaYear, previousYear } from '../../domain/years';
import { placeAtLevel, unitsAt, type GeographyLevel } from '../../domain/geography';
import { landingYear, type Landing } from '../data/landing-year';
import type { ViewNeeds } from '../data/use-view-data';
import type { ViewInput } from './view-definition';
import { DEFAULT_FOCUS_AREA, fallbackFocusArea } from './view-state';
import type { UnitId } from '../../domain/chart-options';

export const NO_NEEDS: ViewNeeds = { years: [], laterYears: [], areaSeries: [], seriesYears: [] };

/**
 * The focus area: the one in the link, else the one reconcile falls back to (the default, else the
 * first local area). A view that shows only areas shows a region in the link as its same-named
 * (else first) area.
 */
export function resolveFocus({ state, areas }: ViewInput<'area'>): Area {
  return focusAt(areas, state.area, 'area');
}

/** The level a view shows (areas, or probation regions) and its focus at that level: an area in the link stands for its region at region level. */
export function resolvePlace({ state, areas }: ViewInput<'area' | 'geo'>): { level: GeographyLevel; focus: Area } {
  return { level: state.geo, focus: focusAt(areas, state.area, state.geo) };
}

function focusAt(areas: readonly Area[], id: string, level: GeographyLevel): Area {
  const found = areas.find((area) => area.id === id) ?? fallbackFocusArea(areas);
  if (!found) throw new Error('There are no areas to show.');
  return placeAtLevel(areas, found, level) ?? unitsAt(areas, level)[0] ?? found;
}

/**
 * The year shown: the one chosen (if the data has it), else the focus's latest year with published
 * figures. An area opens on a year of area reports (before 2024-25): from then on the reports are regional.
 */
export function resolveLanding(input: ViewInput<'year'>, focus: Area): Landing {
  const chosen = input.state.year !== undefined && input.years.includes(input.state.year) ? input.state.year : undefined;
  const areaYears = areaEraYears(input.years);
  return landingYear(focus.kind === 'area' && areaYears.length > 0 ? areaYears : input.years, chosen, input.coverage, focus.id);
}

/**
 * For a page that reads neither area nor year (the glossary, the import page): the default focus
 * area and its latest year stand in, whatever the link says. The page shows neither.
 */
export function resolveStandIn(input: ViewInput<never>): { focus: Area; landing: Landing } {
  const focus = resolveFocus({ ...input, state: { area: DEFAULT_FOCUS_AREA } });
  return { focus, landing: resolveLanding({ ...input, state: { year: undefined } }, focus) };
}

/** The year before, where the data service has it (never a year it would answer 404 for). */
export function previousYearIn(years: readonly string[], year: string): string | undefined {
  if (!isMappaYear(year)) return undefined;
  const before = previousYear(year);
  return years.includes(before) ? before : undefined;
}

/** The unit actually used: a measure that cannot be shown as a rate or share falls back to its own (counts, or a rate as published). */
export function resolveUnit(measureId: MeasureId, unit: UnitId): UnitId {
  return unitsFor(MEASURES[measureId]).includes(unit) ? unit : 'count';
}

export function resolveGroup(input: ViewInput<'group' | 'custom'>, focus: Area, level: GeographyLevel = 'area'): ComparatorGroup {
  return comparatorGroup(input.areas, input.state.group, focus, input.state.custom, level);
}
