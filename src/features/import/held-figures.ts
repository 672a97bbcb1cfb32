import type { Cell } from '../../domain/cell';
import { statusOf } from '../../domain/cell-status';
import { cellsById } from '../../domain/report-cells';
import { NO_VALUE_TEXT, type ValueStatus } from '../../domain/value-status';
import { formatNumber } from '../../lib/format';
import type { ImportedReport } from '../../domain/imported-report';
import { mergeImported } from '../../shared/model/merge-imported';
import type { YearData } from '../../shared/model/year-data';

/** A figure as every view shows it now: served, with any saved import laid over it. */
export interface HeldFigure {
  cell: Cell;
  status: ValueStatus;
  /** "1,234", "816 or 987", "not applicable", "not published", "no figure held here". */
  text: string;
  source: string;
}

export type HeldFigureLookup = (areaId: string, figureId: string) => HeldFigure | undefined;

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

/** A figure in words for the review: its number, or why it has none (never "0"). */
export function cellWords(cell: Cell, status?: ValueStatus): string {
  switch (cell.kind) {
    case 'value':
      return formatNumber(cell.value);
    case 'disputed':
      return cell.claims.map((claim) => formatNumber(claim.value)).join(' or ');
    case 'not-applicable':
      return 'not applicable';
    case 'missing':
      return (status && NO_VALUE_TEXT[status]) ?? 'not published';
  }
}

/** Whether an incoming figure says the same as the one held: a dispute never counts as the same. */
export function sameFigure(incoming: Cell, held: Cell): boolean {
  if (incoming.kind !== held.kind) return false;
  return incoming.kind !== 'value' || (held.kind === 'value' && incoming.value === held.value);
}
