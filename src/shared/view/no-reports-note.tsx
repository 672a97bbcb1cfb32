import type { YearData } from '../model/year-data';

/** A year the data service answered with no reports at all: say so, rather than draw empty charts. */
export function hasNoReports(data: YearData): boolean {
  return data.reports.length === 0 && data.errors.length === 0;
}

export function NoReportsNote({ year }: { year: string }) {
  return (
    <p className="empty-state" role="status">
      The data service has no reports for {year} yet, so there is nothing to compare. Choose another year.
    </p>
  );
}
