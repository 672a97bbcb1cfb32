import type { ImportedReport } from '../../domain/imported-report';
import { overlayImport } from './overlay-import';
import type { YearData } from './year-data';

/**
 * Imported reports laid over the served ones for the same area and year (the UI says so): a
 * whole import takes the served report's place (`overridden`); a partial import replaces only
 * the figures it gives and leaves the rest as served (`partial`). An import also clears a
 * served record's data error for that area. Pure: neither argument is changed.
 */
export function mergeImported(served: YearData, imported: readonly ImportedReport[]): YearData & { overridden: string[]; partial: string[] } {
  const forYear = new Map(imported.filter((report) => report.year === served.year).map((report) => [report.areaId, report]));
  if (forYear.size === 0) return { ...served, overridden: [], partial: [] };
  const overridden: string[] = [];
  const partial: string[] = [];
  const reports = served.reports.map((report) => {
    const own = forYear.get(report.areaId);
    if (!own) return report;
    (own.importedFigureIds ? partial : overridden).push(report.areaId);
    return overlayImport(report, own);
  });
  const servedIds = new Set(served.reports.map((report) => report.areaId));
  const added = [...forYear.values()].filter((report) => !servedIds.has(report.areaId)).map(({ importedFigureIds: _given, ...report }) => report);
  return {
    year: served.year,
    reports: [...reports, ...added],
    errors: served.errors.filter((error) => !error.areaId || !forYear.has(error.areaId)),
    overridden,
    partial,
  };
}
