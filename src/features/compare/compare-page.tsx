import { Suspense } from 'react';
import { MEASURES } from '../../domain/measures';
import { LoadBoundary, retryableLazy } from '../../lib/lazy-load';
import { ChartView } from '../../shared/view/chart-view';
import { rankedBarsLayout } from '../../shared/charts/ranked-bars';
import type { ViewProps } from '../../shared/view/view-definition';
import { GroupControls, IntervalControls, MeasureSelect, OptionSelect, SortSelect, UnitChoice } from '../../shared/view/view-controls';
import { intervalStatistic } from '../../shared/model/intervals';
import { useViewStore } from '../../shared/view/view-store';
import type { ResolvedCompare } from './resolved';
import { RECALL_MEASURES } from './recall-measures';
import { buildCompareFigure } from './model/compare-figure';

const RECALL_LABELS: Record<(typeof RECALL_MEASURES)[number], string> = {
  breachOfLicence: 'Breach of licence (number)',
  breachOfLicenceRate: 'Breach of licence per 100 level 2 and 3 offenders (calculated here)',
  breachOfOrder: 'Breach of SOPO/SHPO (number)',
};

export const build = buildCompareFigure;

// The recalls tables come after the chart, so their code does not delay it.
const RecallBreakdown = retryableLazy(() => import('./recall-breakdown'));

/** One measure, one year, every area of the comparator group, ranked (Compare areas, RSOs per 100,000, Recalls). */
export default function ComparePage({ resolved }: ViewProps<ResolvedCompare>) {
  const update = useViewStore((store) => store.update);
  return (
    <ChartView
      resolved={resolved}
      layout={rankedBarsLayout}
      areas={resolved.areas}
      build={buildCompareFigure}
      glossary={
        intervalStatistic(MEASURES[resolved.measureId], resolved.unit)
          ? [...MEASURES[resolved.measureId].glossary, 'confidenceInterval', 'comparedWithNational', 'rankRange']
          : MEASURES[resolved.measureId].glossary
      }
      options={
        <>
          <GroupControls areas={[...resolved.areas]} focus={resolved.focus} group={resolved.group.id} level={resolved.level} />
          {resolved.measureChoice === 'recalls' && (
            <OptionSelect
              id="recall-select"
              label="Recall measure"
              value={resolved.measureId}
              options={RECALL_MEASURES.map((id) => [id, RECALL_LABELS[id]] as const)}
              onChange={(measure) => update({ measure })}
            />
          )}
          {resolved.measureChoice === 'any' && <MeasureSelect value={resolved.measureId} />}
          {resolved.measureChoice === 'any' && <UnitChoice measureId={resolved.measureId} value={resolved.unit} />}
          <SortSelect value={resolved.sort} previousYear={resolved.previousYear} />
          <IntervalControls
            intervals={resolved.intervals}
            colour={resolved.colour}
            available={intervalStatistic(MEASURES[resolved.measureId], resolved.unit) !== undefined}
            level={resolved.level}
          />
        </>
      }
      after={
        resolved.measureChoice === 'recalls'
          ? (data) => (
              <LoadBoundary what="the recall tables">
                <Suspense fallback={<p role="status">Loading the recall tables…</p>}>
                  <RecallBreakdown resolved={resolved} data={data} />
                </Suspense>
              </LoadBoundary>
            )
          : undefined
      }
    />
  );
}
