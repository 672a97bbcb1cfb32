import type { FigureDescription, RankedBarsChart } from '../../../domain/figure';
import { MEASURES } from '../../../domain/measures';
import type { ViewData } from '../../../shared/data/use-view-data';
import type { ResolvedCompare } from '../resolved';
import { buildCompareChart, type CompareChart } from './compare-spec';

/** The ranked chart of the resolved view from its data: bars of the values, or of the changes when ordered by change. */
export function buildCompareFigure(resolved: ResolvedCompare, data: ViewData): FigureDescription<RankedBarsChart> & { compare: CompareChart } {
  const year = resolved.landing.year;
  const mode = resolved.sort === 'change' && resolved.previousYear && data.later.has(resolved.previousYear) ? 'change' : 'value';
  // Intervals are of the values: bars of changes have none.
  const intervals = resolved.intervals === 'show' && mode === 'value';
  const compare = buildCompareChart({
    areas: resolved.areas,
    data: data.byYear.get(year),
    year,
    measure: MEASURES[resolved.measureId],
    unit: resolved.unit,
    focus: resolved.focus,
    group: resolved.group,
    sort: resolved.sort,
    previous: resolved.previousYear ? data.later.get(resolved.previousYear) : undefined,
    intervalsShown: intervals,
  });
  return {
    spec: compare.spec,
    compare,
    chart: {
      kind: 'ranked-bars',
      rows: compare.ordered.map((entry) => entry.row),
      reference: compare.reference,
      showReference: compare.drawReference,
      mode,
      intervals,
      colourBy: resolved.colour,
    },
  };
}
