import { defineView, type ResolvedView } from '../../shared/view/view-definition';
import { NO_NEEDS, resolveFocus, resolveLanding } from '../../shared/view/resolve-common';

export const glossaryView = defineView<ResolvedView>({
  id: 'glossary',
  navLabel: 'Glossary',
  params: [],
  resolve: (input) => {
    const focus = resolveFocus(input);
    return { view: 'glossary', heading: 'Glossary: what the words mean', areas: input.areas, focus, landing: resolveLanding(input, focus), needs: NO_NEEDS };
  },
  load: () => import('./glossary-page'),
});
