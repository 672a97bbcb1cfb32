import { NoFiguresNote } from '../../shared/data/record-errors-note';
import { recordErrorFor, reportFor } from '../../shared/model/year-data';
import { ViewDataState } from '../../shared/data/use-view-data';
import { ReportTables } from '../../shared/report/report-tables';
import { PageHeading } from '../../shared/view/page-heading';
import type { ResolvedView, ViewProps } from '../../shared/view/view-definition';

/** The focus area's full tables for one year, as published (or as imported, where the user imported them). */
export default function ReportTablesPage({ resolved }: ViewProps<ResolvedView>) {
  const { focus, areas } = resolved;
  const year = resolved.landing.year;
  return (
    <section aria-labelledby="view-heading">
      <PageHeading id="view-heading">{resolved.heading}</PageHeading>
      <ViewDataState needs={resolved.needs} areas={areas} what={`the reports for ${year}`}>
        {(data) => {
          const shown = data.byYear.get(year) ?? { year, reports: [], errors: [] };
          const report = reportFor(shown, focus.id);
          // A refused record for the focus hides its tables, even beside an accepted one (a duplicate).
          const refused = recordErrorFor(shown, focus.id);
          if (refused || !report) {
            return (
              <NoFiguresNote area={focus} year={year} error={refused}>
                Choose another year or area.
              </NoFiguresNote>
            );
          }
          return <ReportTables report={report} area={focus} />;
        }}
      </ViewDataState>
    </section>
  );
}
