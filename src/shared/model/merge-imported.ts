import type { AreaYearReport } from '../../domain/report-schema';
import type { YearData } from './year-data';

/**
 * Imported reports take the place of served ones for the same area and year (the UI says so);
 * an import also clears a served record's data error for that area.
 */
export function mergeImported(served: YearData, imported: readonly AreaYearReport[]): YearData & { overridden: string[] } {
  const forYear = imported.filter((report) => report.year === served.year);
  if (forYear.length === 0) return { ...served, overridden: [] };
  const importedIds = new Set(forYear.map((report) => report.areaId));
  const overridden = served.reports.filter((report) => importedIds.has(report.areaId)).map((report) => report.areaId);
  return {
    year: served.year,
    reports: [...served.reports.filter((report) => !importedIds.has(report.areaId)), ...forYear],
    errors: served.errors.filter((error) => !error.areaId || !importedIds.has(error.areaId)),
    overridden,
  };
}
