import { defineView } from '../../shared/view/view-definition';
import { NO_NEEDS, resolveStandIn } from '../../shared/view/resolve-common';

export const importView = defineView({
  id: 'import',
  navLabel: 'Import',
  params: [],
  resolve: (input) => ({ view: 'import', heading: 'Import a report', areas: input.areas, level: 'area', ...resolveStandIn(input), needs: NO_NEEDS }),
  load: () => import('./import-view'),
});
