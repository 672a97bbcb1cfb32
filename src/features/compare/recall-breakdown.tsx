import { findInconsistentTotals } from '../../domain/consistency';
import { categoriesFor } from '../../domain/report-schema';
import type { ViewData } from '../../shared/data/use-view-data';
import { reportFor } from '../../shared/model/year-data';
import { GridTableView } from '../../shared/report/grid-table-view';
import type { ResolvedCompare } from './resolved';

/** Recalls: the focus area's returned-to-custody tables by level and category, as published. */
export default function RecallBreakdown({ resolved, data }: { resolved: ResolvedCompare; data: ViewData }) {
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
