import { membersOf, unitsAt } from '../../domain/geography';
import { defineView, type ViewInput } from '../../shared/view/view-definition';
import type { ResolvedTrends } from './resolved';
import { resolveLanding, resolvePlace, resolveUnit } from '../../shared/view/resolve-common';
import { MAX_TREND_AREAS } from '../../shared/view/view-state';

/** The year is the one the area and year bar shows; the chart itself spans every year. */
const PARAMS = ['area', 'geo', 'year', 'measure', 'unit', 'trend', 'layout'] as const;

function resolveTrends(input: ViewInput<(typeof PARAMS)[number]>): ResolvedTrends {
  const { level, focus } = resolvePlace(input);
  const local = new Set(unitsAt(input.areas, level).map((area) => area.id));
  const chosenIds = input.state.trend.filter((id) => id !== focus.id && local.has(id)).slice(0, MAX_TREND_AREAS);
  const national = input.areas.find((area) => area.kind === 'national');
  const years = [...input.years];
  const drawn = [focus.id, ...chosenIds];
  // A region's line before 2024-25 is summed from its areas' reports: those are asked for too.
  const members = level === 'region' ? drawn.flatMap((id) => membersOf(input.areas, id).map((area) => area.id)) : [];
  return {
    view: 'trends',
    heading: `Trends${level === 'region' ? ', probation regions' : ''}, ${years[0] ?? ''} to ${years.at(-1) ?? ''}`,
    areas: input.areas,
    focus,
    level,
    landing: resolveLanding(input, focus),
    // A trend asks only for the areas it draws, every year of each.
    needs: {
      years: [],
      laterYears: [],
      areaSeries: [...new Set([...drawn, ...members, ...(national ? [national.id] : [])])],
      seriesYears: years,
      regions: level === 'region',
    },
    measureId: input.state.measure,
    unit: resolveUnit(input.state.measure, input.state.unit),
    chosenIds,
    layout: input.state.layout === 'panels' || input.state.layout === 'lines' ? input.state.layout : 'auto',
  };
}

export const trendsView = defineView({
  id: 'trends',
  navLabel: 'Trends',
  params: PARAMS,
  resolve: resolveTrends,
  packVariants: (input) => [resolveTrends({ ...input, state: { ...input.state, measure: 'rsoPer100k', unit: 'count', layout: 'lines' } })],
  load: () => import('./trends-page'),
});
