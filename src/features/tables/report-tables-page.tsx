import { RecordErrorsNote } from '../../shared/data/record-errors-note';
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
      <ViewDataState needs={resolved.needs} what={`the reports for ${year}`}>
        {(data) => {
          const { reports, errors } = data.byYear.get(year) ?? { reports: [], errors: [] };
          const report = reports.find((r) => r.areaId === focus.id);
          const focusErrors = errors.filter((error) => error.areaId === focus.id);
          if (focusErrors.length > 0) return <RecordErrorsNote errors={focusErrors} areas={[...areas]} />;
          if (!report) {
            return (
              <p className="empty-state">
                No figures for {focus.name} {year} are held here. Choose another year or area.
              </p>
            );
          }
          return <ReportTables report={report} area={focus} />;
        }}
      </ViewDataState>
    </section>
  );
}
