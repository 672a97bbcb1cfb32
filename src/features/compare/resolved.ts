import type { ComparatorGroup } from '../../domain/comparator-groups';
import type { MeasureId } from '../../domain/measures';
import type { ColourId, IntervalId, SortId, UnitId } from '../../domain/chart-options';
import type { ResolvedView } from '../../shared/view/view-definition';

/** What the compare, recalls and rates views resolve to (definition.ts), and their page and figure draw. */
export interface ResolvedCompare extends ResolvedView {
  measureId: MeasureId;
  unit: UnitId;
  /** The view fixes the measure (RSOs per 100,000), or offers a short list of its own (recalls). */
  measureChoice: 'any' | 'fixed' | 'recalls';
  group: ComparatorGroup;
  sort: SortId;
  previousYear: string | undefined;
  intervals: IntervalId;
  colour: ColourId;
}
