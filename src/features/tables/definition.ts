import { defineView } from '../../shared/view/view-definition';
import { resolveFocus, resolveLanding } from '../../shared/view/resolve-common';

export const tablesView = defineView({
  id: 'tables',
  navLabel: 'Report tables',
  params: ['area', 'year'],
  resolve: (input) => {
    const focus = resolveFocus(input);
    const landing = resolveLanding(input, focus);
    return {
      view: 'tables',
      heading: `${focus.name}: report tables, ${landing.year}`,
      areas: input.areas,
      focus,
      landing,
      needs: { years: [landing.year], laterYears: [], areaSeries: [], seriesYears: [] },
    };
  },
  load: () => import('./report-tables-page'),
});
