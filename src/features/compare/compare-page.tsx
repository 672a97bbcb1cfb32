import { categoriesFor } from '../../domain/report-schema';
import { findInconsistentTotals } from '../../domain/consistency';
import { MEASURES } from '../../domain/measures';
import type { ViewData } from '../../shared/data/use-view-data';
import { reportFor } from '../../shared/model/year-data';
import { GridTableView } from '../../shared/report/grid-table-view';
import { ChartView } from '../../shared/view/chart-view';
import type { ViewProps } from '../../shared/view/view-definition';
import { GroupControls, MeasureSelect, OptionSelect, SortSelect, UnitChoice } from '../../shared/view/view-controls';
import { useViewStore } from '../../shared/view/view-store';
import type { ResolvedCompare } from './definition';
import { RECALL_MEASURES } from './recall-measures';
import { buildCompareFigure } from './model/compare-figure';

const RECALL_LABELS: Record<(typeof RECALL_MEASURES)[number], string> = {
  breachOfLicence: 'Breach of licence (number)',
  breachOfLicenceRate: 'Breach of licence per 100 level 2 and 3 offenders (calculated here)',
  breachOfOrder: 'Breach of SOPO/SHPO (number)',
};

export const build = buildCompareFigure;

/** One measure, one year, every area of the comparator group, ranked (Compare areas, RSOs per 100,000, Recalls). */
export default function ComparePage({ resolved }: ViewProps<ResolvedCompare>) {
  const update = useViewStore((store) => store.update);
  return (
    <ChartView
      resolved={resolved}
      areas={resolved.areas}
      build={buildCompareFigure}
      glossary={MEASURES[resolved.measureId].glossary}
      options={
        <>
          <GroupControls areas={[...resolved.areas]} focus={resolved.focus} group={resolved.group.id} />
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
        </>
      }
      after={resolved.measureChoice === 'recalls' ? (data) => <RecallBreakdown resolved={resolved} data={data} /> : undefined}
    />
  );
}

/** Recalls: the focus area's returned-to-custody tables by level and category, as published. */
function RecallBreakdown({ resolved, data }: { resolved: ResolvedCompare; data: ViewData }) {
  const { focus } = resolved;
  const year = resolved.landing.year;
  const report = reportFor(data.byYear.get(year), focus.id);
  if (!report) {
    return (
      <p className="empty-state">
        No {year} figures for {focus.name} are held here.
      </p>
    );
  }
  const findings = findInconsistentTotals(report);
  const categories = categoriesFor(report.year);
  return (
    <section aria-labelledby="recall-breakdown">
      <h2 id="recall-breakdown">
        {focus.name}: returned to custody by level and category, {year}
      </h2>
      {report.provenance.kind === 'illustrative' && (
        <p className="illustrative-flag">Illustrative data: these figures are synthetic stand-ins, not real statistics.</p>
      )}
      <GridTableView
        id="recall-licence"
        caption={`Breach of licence, ${focus.name}, ${year}`}
        table={report.returnedToCustody.breachOfLicence}
        categories={categories}
        findings={findings.filter((f) => f.table === 'breachOfLicence')}
      />
      <GridTableView
        id="recall-order"
        caption={`Breach of ${report.returnedToCustody.orderWording}, ${focus.name}, ${year}`}
        table={report.returnedToCustody.breachOfOrder}
        categories={categories}
        findings={findings.filter((f) => f.table === 'breachOfOrder')}
        note={<p className="hint">Only category 1 offenders can be subject to a SOPO or SHPO, so the other categories are “-” (not applicable).</p>}
      />
    </section>
  );
}
