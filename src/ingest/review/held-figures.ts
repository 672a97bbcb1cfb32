import type { Cell } from '../../domain/cell';
import { notPublishedText } from '../../domain/cell-text';
import { NO_VALUE_TEXT, type ValueStatus } from '../../domain/value-status';
import { formatNumber } from '../../lib/format';

/** A figure held already: in the browser, as every view shows it (served, with saved imports laid over it). */
export interface HeldFigure {
  cell: Cell;
  status: ValueStatus;
  /** "1,234", "816 or 987", "not applicable", "not published", "no figure held here". */
  text: string;
  source: string;
}

/** The figure held for an area: passed in, so the browser gives what its views show and the command line its data folder's. */
export type HeldFigureLookup = (areaId: string, figureId: string) => HeldFigure | undefined;

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
      if (cell.notPublishedBy) return notPublishedText(cell.notPublishedBy);
      return (status && NO_VALUE_TEXT[status]) ?? 'not published';
  }
}

/** Whether an incoming figure says the same as the one held: a dispute never counts as the same. */
export function sameFigure(incoming: Cell, held: Cell): boolean {
  if (incoming.kind !== held.kind) return false;
  return incoming.kind !== 'value' || (held.kind === 'value' && incoming.value === held.value);
}
