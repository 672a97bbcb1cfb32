import type { Cell } from '../../domain/cell';
import type { AreaYearReport } from '../../domain/report-schema';
import type { ImportedReport } from '../../domain/imported-report';
import { cellsById, mapReportCells } from '../../domain/report-cells';

/**
 * The served report with an import laid over it. A whole import takes the served report's
 * place; a partial import replaces only the figures it gives, each citing the import, and
 * leaves every other figure (and the served record's source) as served.
 */
export function overlayImport(served: AreaYearReport, imported: ImportedReport): AreaYearReport {
  const { importedFigureIds, ...report } = imported;
  if (!importedFigureIds) return report;
  const given = new Set(importedFigureIds);
  const cells = cellsById(report);
  const overlaid = mapReportCells(served, (figureId, servedCell) => {
    const cell = given.has(figureId) ? cells.get(figureId) : undefined;
    return cell ? citing(cell, report.provenance) : servedCell;
  });
  const givesRate = given.has('rsoPer100k') && report.rsoPer100k.populationBasis !== 'unknown';
  return givesRate ? { ...overlaid, rsoPer100k: { ...overlaid.rsoPer100k, populationBasis: report.rsoPer100k.populationBasis } } : overlaid;
}

function citing(cell: Cell, source: AreaYearReport['provenance']): Cell {
  return cell.kind === 'value' && !cell.source ? { kind: 'value', value: cell.value, source } : cell;
}
