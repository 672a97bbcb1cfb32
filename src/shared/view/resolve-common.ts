import type { Area } from '../../domain/area';
import { comparatorGroup, type ComparatorGroup } from '../../domain/comparator-groups';
import { MEASURES, unitsFor, type MeasureId } from '../../domain/measures';
import { isMappaYear, previousYear } from '../../domain/years';
import { landingYear, type Landing } from '../data/landing-year';
import type { ViewNeeds } from '../data/use-view-data';
import type { ViewInput } from './view-definition';
import { DEFAULT_FOCUS_AREA, fallbackFocusArea } from './view-state';
import type { UnitId } from '../../domain/chart-options';

export const NO_NEEDS: ViewNeeds = { years: [], laterYears: [], areaSeries: [], seriesYears: [] };

/** The focus area: the one in the link, else the one reconcile falls back to (the default, else the first local area). */
export function resolveFocus({ state, areas }: ViewInput<'area'>): Area {
  const found = areas.find((area) => area.id === state.area) ?? fallbackFocusArea(areas);
  if (!found) throw new Error('There are no areas to show.');
  return found;
}

/** The year shown: the one chosen (if the data has it), else the focus area's latest year with published figures. */
export function resolveLanding(input: ViewInput<'year'>, focus: Area): Landing {
  const chosen = input.state.year !== undefined && input.years.includes(input.state.year) ? input.state.year : undefined;
  return landingYear(input.years, chosen, input.coverage, focus.id);
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

export function resolveGroup(input: ViewInput<'group' | 'custom'>, focus: Area): ComparatorGroup {
  return comparatorGroup(input.areas, input.state.group, focus, input.state.custom);
}
