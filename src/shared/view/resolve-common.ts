import type { Area } from '../../domain/area';
import { comparatorGroup, type ComparatorGroup } from '../../domain/comparator-groups';
import { MEASURES, unitsFor, type MeasureId } from '../../domain/measures';
import { isMappaYear, previousYear } from '../../domain/years';
import { landingYear, type Landing } from '../data/landing-year';
import type { ViewNeeds } from '../data/use-view-data';
import type { ViewInput } from './view-definition';
import { fallbackFocusArea, type UnitId } from './view-state';

export const NO_NEEDS: ViewNeeds = { years: [], laterYears: [], areaSeries: [], seriesYears: [] };

/** The focus area: the one in the link, else the one reconcile falls back to (the default, else the first local area). */
export function resolveFocus({ state, areas }: ViewInput): Area {
  const found = areas.find((area) => area.id === state.area) ?? fallbackFocusArea(areas);
  if (!found) throw new Error('There are no areas to show.');
  return found;
}

/** The year shown: the one chosen (if the data has it), else the focus area's latest year with published figures. */
export function resolveLanding(input: ViewInput, focus: Area): Landing {
  const chosen = input.state.year !== undefined && input.years.includes(input.state.year) ? input.state.year : undefined;
  return landingYear(input.years, chosen, input.coverage, focus.id);
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

export function resolveGroup(input: ViewInput, focus: Area): ComparatorGroup {
  return comparatorGroup(input.areas, input.state.group, focus, input.state.custom);
}
