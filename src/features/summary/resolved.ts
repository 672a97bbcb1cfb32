import type { ResolvedView } from '../../shared/view/view-definition';

/** What the area summary resolves to (definition.ts), and its page draws. */
export interface ResolvedSummary extends ResolvedView {
  previousYear: string | undefined;
}
