import { defineView, type ViewInput } from '../../shared/view/view-definition';
import type { ResolvedLevels } from './resolved';
import { resolveGroup, resolveLanding, resolvePlace } from '../../shared/view/resolve-common';
import type { BreakdownId, SliceId } from '../../domain/chart-options';
import type { LevelsLayout } from './model/levels-chart';

/** A filter that does not fit the breakdown (a level while splitting by level) means "all". */
export function sliceFor(by: BreakdownId, slice: SliceId): SliceId {
  const wanted = by === 'level' ? 'category' : 'level';
  return slice.startsWith(wanted) ? slice : 'all';
}

const PARAMS = ['area', 'geo', 'year', 'group', 'custom', 'by', 'slice', 'layout', 'unit'] as const;

function resolveLevels(input: ViewInput<(typeof PARAMS)[number]>): ResolvedLevels {
  const { level, focus } = resolvePlace(input);
  const landing = resolveLanding(input, focus);
  const layout: LevelsLayout = input.state.layout === 'stacked' ? 'stacked' : 'panels';
  return {
    view: 'levels',
    heading: `Levels and categories${level === 'region' ? ', probation regions' : ''}, ${landing.year}`,
    areas: input.areas,
    focus,
    level,
    landing,
    needs: { years: [landing.year], laterYears: [], areaSeries: [], seriesYears: [], regions: level === 'region' },
    group: resolveGroup(input, focus, level),
    by: input.state.by,
    slice: sliceFor(input.state.by, input.state.slice),
    layout,
    // Bars stacked to 100% are always shares.
    unit: layout === 'stacked' || input.state.unit === 'share' ? 'share' : 'count',
  };
}

export const levelsView = defineView({
  id: 'levels',
  navLabel: 'Levels and categories',
  params: PARAMS,
  resolve: resolveLevels,
  // The pack has both pictures: categories as shares of each area, and each level on its own scale.
  packVariants: (input) => [
    resolveLevels({ ...input, state: { ...input.state, by: 'category', slice: 'all', layout: 'stacked', unit: 'share' } }),
    resolveLevels({ ...input, state: { ...input.state, by: 'level', slice: 'all', layout: 'panels', unit: 'count' } }),
  ],
  load: () => import('./levels-page'),
});
