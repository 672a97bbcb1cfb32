import type { Area } from '../../domain/area';
import { QueryState } from '../../shared/data/query-state';
import { RecordErrorsNote } from '../../shared/data/record-errors-note';
import { ReportTables } from '../../shared/report/report-tables';
import { PageHeading } from '../../shared/view/page-heading';
import { useYearData } from '../../shared/data/use-year-data';

/** The focus area's full tables for one year, as published (or as imported, where the user imported them). */
export function ReportTablesView({ areas, year, focus }: { areas: Area[]; year: string; focus: Area }) {
  const { query, data } = useYearData(year);
  return (
    <section aria-labelledby="tables-heading">
      <PageHeading id="tables-heading">{`${focus.name}: report tables, ${year}`}</PageHeading>
      <QueryState query={query} what={`the reports for ${year}`}>
        {() => {
          const { reports, errors } = data ?? { reports: [], errors: [] };
          const report = reports.find((r) => r.areaId === focus.id);
          const focusErrors = errors.filter((error) => error.areaId === focus.id);
          if (focusErrors.length > 0) return <RecordErrorsNote errors={focusErrors} areas={areas} />;
          if (!report) {
            return (
              <p className="empty-state">
                No report for {focus.name} in {year} is available: its figures are <strong>not published</strong> here. Choose another year or area.
              </p>
            );
          }
          return <ReportTables report={report} area={focus} />;
        }}
      </QueryState>
    </section>
  );
}
