import { defineView, type ViewInput } from '../../shared/view/view-definition';
import type { ResolvedMap } from './resolved';
import { previousYearIn, resolveGroup, resolveLanding, resolvePlace, resolveUnit } from '../../shared/view/resolve-common';

/** The compare view's parameters, less the order of the bars: a map has no order. */
const PARAMS = ['area', 'geo', 'year', 'group', 'custom', 'measure', 'unit'] as const;

export function resolveMap(input: ViewInput<(typeof PARAMS)[number]>): ResolvedMap {
  const { level, focus } = resolvePlace(input);
  const landing = resolveLanding(input, focus);
  const year = landing.year;
  const previousYear = previousYearIn(input.years, year);
  return {
    view: 'map',
    heading: level === 'region' ? `Map of the probation regions, ${year}` : `Map of the areas, ${year}`,
    areas: input.areas,
    focus,
    level,
    landing,
    // The year before feeds the table's change column only; it never delays the map.
    needs: { years: [year], laterYears: previousYear ? [previousYear] : [], areaSeries: [], seriesYears: [], regions: level === 'region' },
    measureId: input.state.measure,
    unit: resolveUnit(input.state.measure, input.state.unit),
    group: resolveGroup(input, focus, level),
    previousYear,
  };
}

export const mapView = defineView({
  id: 'map',
  navLabel: 'Map',
  params: PARAMS,
  resolve: resolveMap,
  // The board pack's map is of the headline rate, which can be compared across areas of any size.
  packVariants: (input) => [resolveMap({ ...input, state: { ...input.state, measure: 'rsoPer100k', unit: 'count' } })],
  load: () => import('./map-page'),
});
