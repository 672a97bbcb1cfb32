import type { ComparatorGroup } from '../../domain/comparator-groups';
import type { MeasureId } from '../../domain/measures';
import type { UnitId } from '../../domain/chart-options';
import type { ResolvedView } from '../../shared/view/view-definition';

/** What the map view resolves to (definition.ts), and its page draws. */
export interface ResolvedMap extends ResolvedView {
  measureId: MeasureId;
  unit: UnitId;
  group: ComparatorGroup;
  /** The year before, for the table's change column (as in the compare view). */
  previousYear: string | undefined;
}
