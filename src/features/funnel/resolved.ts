import type { ComparatorGroup } from '../../domain/comparator-groups';
import type { MeasureId } from '../../domain/measures';
import type { LimitsId, UnitId } from '../../domain/chart-options';
import type { ResolvedView } from '../../shared/view/view-definition';

/** What the funnel view resolves to (definition.ts), and its page draws. */
export interface ResolvedFunnel extends ResolvedView {
  measureId: MeasureId;
  /** 'rate' or 'share' for a count; 'count' (as it is) for a measure that is already a rate or share. */
  unit: UnitId;
  group: ComparatorGroup;
  /** Plain control limits, or limits allowing for overdispersion. */
  limits: LimitsId;
}
