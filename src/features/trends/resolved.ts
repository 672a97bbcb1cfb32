import type { MeasureId } from '../../domain/measures';
import type { UnitId } from '../../domain/chart-options';
import type { ResolvedView } from '../../shared/view/view-definition';
import type { TrendLayoutChoice } from './model/trend-chart';

/** What the trends view resolves to (definition.ts), and its page draws. */
export interface ResolvedTrends extends ResolvedView {
  measureId: MeasureId;
  unit: UnitId;
  /** Areas drawn beside the focus area: known local areas only, never the focus area itself. */
  chosenIds: string[];
  /** As chosen; 'auto' (nothing chosen) draws panels on a narrow screen with more than two lines (trendLayout). */
  layout: TrendLayoutChoice;
}
