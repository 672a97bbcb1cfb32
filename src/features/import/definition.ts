import { defineView, type ResolvedView } from '../../shared/view/view-definition';
import { NO_NEEDS, resolveFocus, resolveLanding } from '../../shared/view/resolve-common';

export const importView = defineView<ResolvedView>({
  id: 'import',
  navLabel: 'Import',
  params: [],
  resolve: (input) => {
    const focus = resolveFocus(input);
    return { view: 'import', heading: 'Import a report', areas: input.areas, focus, landing: resolveLanding(input, focus), needs: NO_NEEDS };
  },
  load: () => import('./import-view'),
});
