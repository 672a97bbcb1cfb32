import type { ComparatorGroup } from '../../domain/comparator-groups';
import type { BreakdownId, SliceId } from '../../domain/chart-options';
import type { ResolvedView } from '../../shared/view/view-definition';
import type { LevelsLayout, LevelsUnit } from './model/levels-chart';

/** What the levels view resolves to (definition.ts), and its page draws. */
export interface ResolvedLevels extends ResolvedView {
  group: ComparatorGroup;
  by: BreakdownId;
  /** Always one that fits the breakdown: a category when splitting by level, a level when splitting by category, or all. */
  slice: SliceId;
  layout: LevelsLayout;
  unit: LevelsUnit;
}
