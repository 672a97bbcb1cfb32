import { statusOf } from '../../domain/cell-status';
import { cellsById } from '../../domain/report-cells';
import { cellWords, type HeldFigureLookup } from '../../ingest/review/held-figures';
import type { ImportedReport } from '../../domain/imported-report';
import { mergeImported } from '../../shared/model/merge-imported';
import type { YearData } from '../../shared/model/year-data';

/**
 * Looks up the figures held for one year, as the views show them: the served reports with the
 * saved imports over them. Undefined for an area with no record, or a figure its year lacks.
 */
export function heldFigures(served: YearData | undefined, year: string, imported: readonly ImportedReport[]): HeldFigureLookup {
  const data = mergeImported(served ?? { year, reports: [], errors: [] }, imported);
  const byArea = new Map(data.reports.map((report) => [report.areaId, { report, cells: cellsById(report) }]));
  return (areaId, figureId) => {
    const held = byArea.get(areaId);
    const cell = held?.cells.get(figureId);
    if (!held || !cell) return undefined;
    const { status, source } = statusOf(cell, held.report.provenance);
    return { cell, status, text: cellWords(cell, status), source };
  };
}
