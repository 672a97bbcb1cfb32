import type { Cell } from '../../domain/cell';
import type { AreaYearReport } from '../../domain/report-schema';
import type { ImportedReport } from '../../domain/imported-report';
import { cellsById, mapReportCells } from '../../domain/report-cells';

/**
 * The served report with an import laid over it. A whole import takes the served report's
 * place; a partial import replaces only the figures it gives, each citing the import, and
 * leaves every other figure (and the served record's source) as served. A [x], [c] or [w] it
 * gives replaces an illustrative figure or a blank, never a real figure.
 */
export function overlayImport(served: AreaYearReport, imported: ImportedReport): AreaYearReport {
  const { importedFigureIds, ...report } = imported;
  if (!importedFigureIds) return report;
  const given = new Set(importedFigureIds);
  const cells = cellsById(report);
  const overlaid = mapReportCells(served, (figureId, servedCell) => {
    const cell = given.has(figureId) ? cells.get(figureId) : undefined;
    if (!cell) return servedCell;
    // A source's "not published" outranks a stand-in, never a real figure.
    if (cell.kind === 'missing' && cell.notPublishedBy && isRealFigure(servedCell, served.provenance)) return servedCell;
    return citing(cell, report.provenance);
  });
  const givesRate = given.has('rsoPer100k') && report.rsoPer100k.populationBasis !== 'unknown';
  return givesRate ? { ...overlaid, rsoPer100k: { ...overlaid.rsoPer100k, populationBasis: report.rsoPer100k.populationBasis } } : overlaid;
}

function citing(cell: Cell, source: AreaYearReport['provenance']): Cell {
  return cell.kind === 'value' && !cell.source ? { kind: 'value', value: cell.value, source } : cell;
}

/** A figure from a real source: a number or "-" not illustrative, or figures in dispute. */
function isRealFigure(cell: Cell, recordProvenance: AreaYearReport['provenance']): boolean {
  switch (cell.kind) {
    case 'value':
      return (cell.source ?? recordProvenance).kind !== 'illustrative';
    case 'not-applicable':
      return recordProvenance.kind !== 'illustrative';
    case 'disputed':
      return true;
    case 'missing':
      return false;
  }
}
