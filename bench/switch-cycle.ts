/**
 * The view changes the switch, memory and request benchmarks make, as a reader would (a <select>'s
 * change event). The app's chart headings and comparator groups come from the app's own modules
 * (the only place the bench imports src/ for the browser measurements); selectors come from
 * bench/app-under-test.ts.
 */
import type { Area } from '../src/domain/area.ts';
import { comparatorGroup, type ComparatorGroupId } from '../src/domain/comparator-groups.ts';
import { MEASURES, type MeasureId } from '../src/domain/measures.ts';
import { APP, BASELINE, OTHER_YEAR, YEAR } from './app-under-test.ts';
import type { SwitchSpec } from './page-scripts.ts';

export type SwitchKind = 'measure' | 'year' | 'group';

export interface Change {
  kind: SwitchKind;
  spec: SwitchSpec;
}

/** The focus area of the compare view's default chart. */
const FOCUS = 'west-midlands';

/** The eight changes of both pages' cycles, in one order: from the default chart and back. */
function cycleOf(measure: (id: 'total' | 'rsoPer100k') => Change, year: (value: string) => Change, toGroup: (id: 'all' | 'metropolitan') => Change): Change[] {
  return [
    measure('total'),
    year(OTHER_YEAR),
    toGroup('metropolitan'),
    toGroup('all'),
    measure('rsoPer100k'),
    year(YEAR),
    toGroup('metropolitan'),
    toGroup('all'),
  ];
}

/**
 * The app's cycle of eight changes from the default chart (rsoPer100k, YEAR, all areas) and back:
 * measure and year changes are always made with every area drawn; group changes go to the
 * metropolitan areas and back. Measure and year changes come in the order the baseline's cycle has.
 */
export function appSwitchCycle(areas: readonly Area[]): Change[] {
  const focus = areas.find((area) => area.id === FOCUS) ?? areas.find((area) => area.kind === 'area');
  if (!focus) throw new Error('no areas');
  const group = (id: ComparatorGroupId) => comparatorGroup(areas, id, focus);
  const all = group('all');
  if (group('metropolitan').areaIds.length === 0) throw new Error('no metropolitan areas to switch to');
  const chart = { headingSelector: APP.chartHeading, labelSelector: APP.barLabel };
  const measure = (id: MeasureId): Change => ({
    kind: 'measure',
    spec: { ...chart, select: APP.controls.measure, value: id, heading: `${MEASURES[id].label}:`, bars: all.areaIds.length },
  });
  const year = (value: string): Change => ({ kind: 'year', spec: { ...chart, select: APP.controls.year, value, heading: value, bars: all.areaIds.length } });
  const toGroup = (id: ComparatorGroupId): Change => ({
    kind: 'group',
    spec: { ...chart, select: APP.controls.group, value: id, heading: `compared with ${group(id).label}`, bars: group(id).areaIds.length },
  });
  return cycleOf(measure, year, toGroup);
}

/** The metropolitan areas: the baseline page's other group, which must be the app's same bars. */
function metropolitanBars(areas: readonly Area[]): number {
  const bars = areas.filter((area) => area.kind === 'area' && area.metropolitan).length;
  const focus = areas.find((area) => area.id === FOCUS);
  if (focus && !focus.metropolitan) throw new Error(`${FOCUS} is not metropolitan: the app's metropolitan group would draw one bar more than the baseline's`);
  if (bars === 0) throw new Error('no metropolitan areas to switch to');
  return bars;
}

/** The baseline page's cycle: the app's measure, year and group changes, in the same order, on the same bars. */
export function baselineSwitchCycle(areas: readonly Area[]): Change[] {
  const all = areas.filter((area) => area.kind === 'area').length;
  const chart = { headingSelector: BASELINE.chartHeading, labelSelector: BASELINE.barLabel };
  const measure = (id: keyof typeof BASELINE.measureHeadings): Change => ({
    kind: 'measure',
    spec: { ...chart, select: BASELINE.controls.measure, value: id, heading: BASELINE.measureHeadings[id], bars: all },
  });
  const year = (value: string): Change => ({ kind: 'year', spec: { ...chart, select: BASELINE.controls.year, value, heading: value, bars: all } });
  const toGroup = (id: keyof typeof BASELINE.groupHeadings): Change => ({
    kind: 'group',
    spec: { ...chart, select: BASELINE.controls.group, value: id, heading: BASELINE.groupHeadings[id], bars: id === 'all' ? all : metropolitanBars(areas) },
  });
  return cycleOf(measure, year, toGroup);
}

/**
 * The memory benchmark's cycle: ten changes, so that after 50 and after 400 changes the page shows
 * the same view (400 − 50 is a multiple of ten) and its DOM can be compared node for node.
 */
export function memoryCycle(areas: readonly Area[]): Change[] {
  const cycle = appSwitchCycle(areas);
  const [toTotal, , , , toRate] = cycle;
  if (!toTotal || !toRate) throw new Error('the switch cycle has changed');
  return [...cycle, toTotal, toRate];
}

/** The baseline page's memory cycle: the same ten changes as the app's. */
export function baselineMemoryCycle(areas: readonly Area[]): Change[] {
  const cycle = baselineSwitchCycle(areas);
  const [toTotal, , , , toRate] = cycle;
  if (!toTotal || !toRate) throw new Error('the switch cycle has changed');
  return [...cycle, toTotal, toRate];
}
