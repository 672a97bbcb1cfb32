import { defineView, type ViewInput } from '../../shared/view/view-definition';
import type { ResolvedSummary } from './resolved';
import { previousYearIn, resolveLanding, resolvePlace } from '../../shared/view/resolve-common';

const PARAMS = ['area', 'geo', 'year'] as const;

function resolveSummary(input: ViewInput<(typeof PARAMS)[number]>): ResolvedSummary {
  const { level, focus } = resolvePlace(input);
  const landing = resolveLanding(input, focus);
  const previousYear = previousYearIn(input.years, landing.year);
  return {
    view: 'summary',
    heading: `${focus.name}: key figures, ${landing.year}`,
    areas: input.areas,
    focus,
    level,
    landing,
    // Every card says how its figure changed, so the year before is needed before drawing.
    needs: {
      years: previousYear ? [landing.year, previousYear] : [landing.year],
      laterYears: [],
      areaSeries: [],
      seriesYears: [],
      regions: level === 'region',
    },
    previousYear,
  };
}

export const summaryView = defineView({
  id: 'summary',
  navLabel: 'Area summary',
  params: PARAMS,
  resolve: resolveSummary,
  // The area profile (spine chart) goes in the pack; the key figures have their own CSV there.
  packVariants: (input) => [resolveSummary(input)],
  load: () => import('./summary-page'),
});
