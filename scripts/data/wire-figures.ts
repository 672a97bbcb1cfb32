import type { Cell } from '../../src/domain/cell';
import type { Provenance } from '../../src/domain/provenance';
import type { ReportWire } from '../../src/domain/report-schema';

/** A figure as the wire format writes it (docs/api.md): a number, "-", null, a value with its source, or a dispute. */
export type WireCell =
  | number
  | '-'
  | null
  | { value: number; source: Provenance; alsoQuotedBy?: Provenance[] }
  | { disputed: { value: number; source: Provenance; alsoQuotedBy?: Provenance[] }[] };

type Holder = Record<string, unknown>;

const GRID_PATHS: Readonly<Record<string, readonly string[]>> = {
  snapshot: ['snapshot'],
  level23Yearly: ['level23Yearly'],
  breachOfLicence: ['returnedToCustody', 'breachOfLicence'],
  breachOfOrder: ['returnedToCustody', 'breachOfOrder'],
};

const SINGLE_PATHS: Readonly<Record<string, readonly string[]>> = {
  revocations: ['revocations'],
  'orders.shpo': ['orders', 'shpo'],
  'orders.shpoForeignTravel': ['orders', 'shpoForeignTravel'],
  'orders.notificationOrders': ['orders', 'notificationOrders'],
  sroBreachNotifications: ['sroBreachNotifications'],
  rsoPer100k: ['rsoPer100k', 'rate'],
};

/** Where a figure ("snapshot.level1.total", "orders.shpo") sits in a wire record. */
export function wirePath(figureId: string): string[] {
  const single = SINGLE_PATHS[figureId];
  if (single) return [...single];
  const [tableId = '', row = '', column = ''] = figureId.split('.');
  const table = GRID_PATHS[tableId];
  if (!table || !row || !column) throw new Error(`No figure ${figureId} in a report`);
  if (row === 'total') return column === 'total' ? [...table, 'grandTotal'] : [...table, 'columnTotals', column];
  return column === 'total' ? [...table, 'rowTotals', row] : [...table, 'cells', row, column];
}

/** Puts a figure's cell into a wire record (changed in place). */
export function setWireFigure(wire: ReportWire, figureId: string, cell: WireCell): void {
  const path = wirePath(figureId);
  const last = path.pop() as string;
  let holder = wire as unknown as Holder;
  for (const key of path) {
    const next = holder[key];
    if (!next || typeof next !== 'object') throw new Error(`The record has no ${path.join('.')} for ${figureId}`);
    holder = next as Holder;
  }
  holder[last] = cell;
}

function sameSource(a: Provenance | undefined, b: Provenance): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** A cell as the wire writes it in a record citing `recordProvenance`: a value citing the record's own source is a plain number. */
export function wireCell(cell: Cell, recordProvenance: Provenance): WireCell {
  switch (cell.kind) {
    case 'missing':
      return null;
    case 'not-applicable':
      return '-';
    case 'value': {
      const also = cell.alsoQuotedBy && cell.alsoQuotedBy.length > 0 ? { alsoQuotedBy: cell.alsoQuotedBy } : {};
      if (!cell.source || (sameSource(cell.source, recordProvenance) && !also.alsoQuotedBy)) return cell.value;
      return { value: cell.value, source: cell.source, ...also };
    }
    case 'disputed':
      return {
        disputed: cell.claims.map((claim) => ({
          value: claim.value,
          source: claim.source,
          ...(claim.alsoQuotedBy && claim.alsoQuotedBy.length > 0 ? { alsoQuotedBy: claim.alsoQuotedBy } : {}),
        })),
      };
  }
}
