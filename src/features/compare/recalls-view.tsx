import { QueryState } from '../../shared/data/query-state';
import type { Area } from '../../domain/area';
import { categoriesFor } from '../../domain/report-schema';
import { findInconsistentTotals } from '../../domain/consistency';
import { GridTableView } from '../../shared/report/grid-table-view';
import { CompareView } from './compare-view';
import { reportFor } from '../../shared/model/year-data';
import { useYearData } from '../../shared/data/use-year-data';
import { useViewStore } from '../../shared/view/view-store';
import type { MeasureId } from '../../domain/measures';

const RECALL_MEASURES: [MeasureId, string][] = [
  ['breachOfLicence', 'Breach of licence (number)'],
  ['breachOfLicenceRate', 'Breach of licence per 100 level 2 and 3 offenders (calculated here)'],
  ['breachOfOrder', 'Breach of SOPO/SHPO (number)'],
];

/** Returned to custody: ranked across areas, then the focus area's breakdown by level and category. */
export function RecallsView({ areas, years, year, focus }: { areas: Area[]; years: string[]; year: string; focus: Area }) {
  const measure = useViewStore((store) => store.view.measure);
  const update = useViewStore((store) => store.update);
  const chosen = RECALL_MEASURES.some(([id]) => id === measure) ? measure : 'breachOfLicence';
  const { query, data } = useYearData(year);
  return (
    <>
      <CompareView
        areas={areas}
        years={years}
        year={year}
        focus={focus}
        fixedMeasure={chosen}
        heading={`Returned to custody, ${year}`}
        extraOptions={
          <div className="field">
            <label htmlFor="recall-select">Recall measure</label>
            <select id="recall-select" value={chosen} onChange={(event) => update({ measure: event.target.value as MeasureId })}>
              {RECALL_MEASURES.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        }
      />
      <QueryState query={query} what={`the reports for ${year}`}>
        {() => {
          const report = reportFor(data, focus.id);
          if (!report)
            return (
              <p className="empty-state">
                No {year} figures for {focus.name} are held here.
              </p>
            );
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
        }}
      </QueryState>
    </>
  );
}
