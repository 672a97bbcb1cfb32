import type { Area } from '../../domain/area';
import { CellDisplay } from './cell-display';
import { DisputesNote } from './disputes-note';
import { findInconsistentTotals } from '../../domain/consistency';
import { SINGLE_FIGURES, singleFigure } from '../../domain/figure-catalogue';
import { GridTableView } from './grid-table-view';
import { TABLE_LABELS } from '../../domain/labels';
import { describeProvenance } from '../../domain/provenance';
import { summariseProvenance } from '../../domain/provenance-summary';
import { categoriesFor, type AreaYearReport } from '../../domain/report-schema';
import { ratePopulationBasis, snapshotDate, yearPeriod } from '../../domain/years';

/** All tables of one area's annual report, as accessible HTML tables. */
export function ReportTables({ report, area }: { report: AreaYearReport; area: Area }) {
  const findings = findInconsistentTotals(report);
  const categories = categoriesFor(report.year);
  const summary = summariseProvenance([report]);
  const findingsFor = (table: string) => findings.filter((f) => f.table === table);
  const wording = report.returnedToCustody.orderWording;
  const basis = report.rsoPer100k.populationBasis === 'unknown' ? ratePopulationBasis(report.year) : report.rsoPer100k.populationBasis;
  const orderFigures = SINGLE_FIGURES.filter((f) => f.table === 'orders');
  return (
    <div className="report-tables">
      <ProvenanceBanner report={report} area={area} />
      <DisputesNote report={report} />
      {categories.length === 3 && (
        <p className="hint">
          Category 4 (terrorist and terrorist-risk offenders) was added from the 2022-23 reports on, so {report.year} has no category 4 column.
        </p>
      )}
      <GridTableView
        id="table-snapshot"
        caption={`${area.name}: MAPPA-eligible offenders on ${snapshotDate(report.year)}, by level and category`}
        table={report.snapshot}
        categories={categories}
        findings={findingsFor('snapshot')}
      />
      <GridTableView
        id="table-level23"
        caption={`${area.name}: offenders managed at levels 2 and 3 during ${report.year}, by category (yearly total)`}
        table={report.level23Yearly}
        categories={categories}
        findings={findingsFor('level23Yearly')}
      />
      <section className="report-table">
        <table id="table-orders">
          <caption>{`${area.name}: revocations, orders and Sexual Risk Order breaches, ${yearPeriod(report.year)}`}</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                Number
              </th>
            </tr>
          </thead>
          <tbody>
            {[SINGLE_FIGURES[0], ...orderFigures, SINGLE_FIGURES[4]].map((figure) => (
              <tr key={figure.id}>
                <th scope="row">{figure.label}</th>
                <td className="num">
                  <CellDisplay cell={singleFigure(report, figure.id)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <GridTableView
        id="table-licence"
        caption={`${area.name}: ${TABLE_LABELS.breachOfLicence.toLowerCase()}, ${report.year}`}
        table={report.returnedToCustody.breachOfLicence}
        categories={categories}
        findings={findingsFor('breachOfLicence')}
      />
      <GridTableView
        id="table-order-breach"
        caption={`${area.name}: level 2 and 3 offenders returned to custody for breach of ${wording}, ${report.year}`}
        table={report.returnedToCustody.breachOfOrder}
        categories={categories}
        findings={findingsFor('breachOfOrder')}
        note={
          <p className="hint">Only category 1 offenders can be subject to a {wording}; the other categories are shown as “-” (not applicable) in the report.</p>
        }
      />
      <section className="report-table">
        <table id="table-rate">
          <caption>{`${area.name}: registered sexual offenders per 100,000 population, ${snapshotDate(report.year)}`}</caption>
          <tbody>
            <tr>
              <th scope="row">Registered sexual offenders per 100,000 population aged 10 and over</th>
              <td className="num">
                <CellDisplay cell={report.rsoPer100k.rate} />
              </td>
            </tr>
          </tbody>
        </table>
        <p className="hint">
          {basis === 'census-2021'
            ? 'Population from the 2021 census (aged 10 and over). Earlier years used mid-year population estimates, so this series has a break at 2021-22.'
            : 'Population from the ONS mid-year estimate (aged 10 and over). From 2021-22 the 2021 census is used instead, so the series has a break there.'}
        </p>
      </section>
      {summary.citedFigures.length > 0 && (
        <section className="cited-figures" aria-labelledby="cited-heading">
          <h3 id="cited-heading">Figures marked † were published outside the annual report</h3>
          <ul>
            {summary.citedFigures.map(({ label, source }) => (
              <li key={`${label}-${describeProvenance(source)}`}>
                <strong>{label}:</strong>{' '}
                {source.kind === 'published-press' ? (
                  <>
                    “{source.quote}” — <a href={source.url}>{source.title}</a>
                  </>
                ) : (
                  describeProvenance(source)
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ProvenanceBanner({ report, area }: { report: AreaYearReport; area: Area }) {
  switch (report.provenance.kind) {
    case 'published-report':
      return (
        <p className="provenance provenance-published">
          <strong>Source:</strong> {report.provenance.title}. Figures as published, including any totals that do not add up.
        </p>
      );
    case 'imported':
      return (
        <p className="provenance provenance-imported">
          <strong>Imported:</strong> these figures come from {report.provenance.fileName}, imported in this browser on{' '}
          {new Date(report.provenance.importedAt).toLocaleDateString('en-GB')}.
        </p>
      );
    case 'published-press':
      return (
        <p className="provenance">
          <strong>Source:</strong> {describeProvenance(report.provenance)}
        </p>
      );
    case 'illustrative':
      return (
        <p className="provenance provenance-illustrative">
          <strong>Illustrative data.</strong> We do not yet hold {area.name}’s {report.year} report, so most of these figures are synthetic stand-ins, not real
          statistics. Figures marked † are real published figures.
        </p>
      );
  }
}
