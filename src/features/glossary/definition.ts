import { defineView } from '../../shared/view/view-definition';
import { NO_NEEDS, resolveStandIn } from '../../shared/view/resolve-common';

export const glossaryView = defineView({
  id: 'glossary',
  navLabel: 'Glossary',
  params: [],
  resolve: (input) => ({
    view: 'glossary',
    heading: 'Glossary: what the words mean',
    areas: input.areas,
    level: 'area',
    ...resolveStandIn(input),
    needs: NO_NEEDS,
  }),
  load: () => import('./glossary-page'),
});
