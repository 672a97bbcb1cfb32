import { defineView } from '../../shared/view/view-definition';
import { resolveLanding, resolvePlace } from '../../shared/view/resolve-common';

export const tablesView = defineView({
  id: 'tables',
  navLabel: 'Report tables',
  params: ['area', 'geo', 'year'],
  resolve: (input) => {
    const { level, focus } = resolvePlace(input);
    const landing = resolveLanding(input, focus);
    return {
      view: 'tables',
      heading: `${focus.name}: report tables, ${landing.year}`,
      areas: input.areas,
      focus,
      level,
      landing,
      needs: { years: [landing.year], laterYears: [], areaSeries: [], seriesYears: [], regions: level === 'region' },
    };
  },
  load: () => import('./report-tables-page'),
});
