import { PageHeading } from '../comparison/page-heading';
import type { Area } from '../areas/area-schema';
import { QueryState } from './query-state';
import { RecordErrorsNote } from './record-errors-note';
import { ReportTables } from './report-tables';
import { useReportsForYear } from './use-data';

/** The focus area's full published tables for one year. */
export function ReportTablesView({ areas, year, focus }: { areas: Area[]; year: string; focus: Area }) {
  const query = useReportsForYear(year);
  return (
    <section aria-labelledby="tables-heading">
      <PageHeading id="tables-heading">{`${focus.name}: report tables, ${year}`}</PageHeading>
      <QueryState query={query} what={`the reports for ${year}`}>
        {({ reports, errors }) => {
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
