import { MEASURES, unitsFor, type MeasureId } from '../../domain/measures';
import { defineView, type ViewInput } from '../../shared/view/view-definition';
import type { ResolvedFunnel } from './resolved';
import { resolveGroup, resolveLanding, resolvePlace } from '../../shared/view/resolve-common';
import type { UnitId } from '../../domain/chart-options';

/**
 * A funnel plot needs a rate or share with a denominator: a count is shown per 100,000 (or as a
 * share where the link asks for one and the measure has one); rates and shares are shown as they are.
 */
export function funnelUnit(measureId: MeasureId, unit: UnitId): UnitId {
  const measure = MEASURES[measureId];
  if (measure.kind !== 'count') return 'count';
  return unit === 'share' && unitsFor(measure).includes('share') ? 'share' : 'rate';
}

const PARAMS = ['area', 'geo', 'year', 'group', 'custom', 'measure', 'unit', 'limits'] as const;

function resolveFunnel(input: ViewInput<(typeof PARAMS)[number]>): ResolvedFunnel {
  const { level, focus } = resolvePlace(input);
  const landing = resolveLanding(input, focus);
  return {
    view: 'funnel',
    heading: level === 'region' ? `Funnel plot, probation regions, ${landing.year}` : `Funnel plot, ${landing.year}`,
    areas: input.areas,
    focus,
    level,
    landing,
    needs: { years: [landing.year], laterYears: [], areaSeries: [], seriesYears: [], regions: level === 'region' },
    measureId: input.state.measure,
    unit: funnelUnit(input.state.measure, input.state.unit),
    group: resolveGroup(input, focus, level),
    limits: input.state.limits,
  };
}

export const funnelView = defineView({
  id: 'funnel',
  navLabel: 'Funnel plot',
  params: PARAMS,
  resolve: resolveFunnel,
  // The pack's funnel is of the headline rate, for the comparator group and with the limits chosen.
  packVariants: (input) => [resolveFunnel({ ...input, state: { ...input.state, measure: 'rsoPer100k', unit: 'count' } })],
  load: () => import('./funnel-page'),
});
