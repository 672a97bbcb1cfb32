import type { Provenance } from './provenance';

/**
 * One figure of a report. A "-" in a report (not applicable) and a figure that was
 * not published (missing) are never numbers, so no sum, bar or CSV can turn them into 0.
 * "disputed" holds published figures whose sources disagree: we show every claim.
 */
export type Cell =
  | { kind: 'value'; value: number; source?: Provenance; alsoQuotedBy?: Provenance[] }
  | { kind: 'not-applicable' }
  | { kind: 'missing'; notPublishedBy?: NotPublishedBy }
  | { kind: 'disputed'; claims: DisputedClaim[] };

/** The GSS symbols a real source uses, in a figure's place, to say it does not publish it. */
export const NOT_PUBLISHED_SYMBOLS = { '[x]': 'not available', '[c]': 'confidential', '[w]': 'no or few cases' } as const;
export type NotPublishedSymbol = keyof typeof NOT_PUBLISHED_SYMBOLS;

/**
 * A real source that says, in a named cell, that it does not publish this figure ([x], [c], [w]).
 * It outranks an illustrative stand-in: the figure reads "not published", citing the source and cell.
 */
export interface NotPublishedBy {
  source: Provenance;
  symbol: NotPublishedSymbol;
  /** "Table_2!B7" */
  cell: string;
}

export interface DisputedClaim {
  value: number;
  source: Provenance;
  /** Other sources that publish the same value: every one is cited, none dropped. */
  alsoQuotedBy?: Provenance[];
}

export const MISSING: Cell = { kind: 'missing' };
export const NOT_APPLICABLE: Cell = { kind: 'not-applicable' };

export function valueCell(value: number, source?: Provenance): Cell {
  return source ? { kind: 'value', value, source } : { kind: 'value', value };
}

export interface CellSum {
  /** Sum of the parts that have a value. */
  total: number;
  /** Parts with no value: missing or disputed. */
  unknownParts: number;
  /** Parts marked "-" (not applicable): they add nothing and are not unknown. */
  notApplicableParts: number;
  valueParts: number;
}

export function sumCells(cells: readonly Cell[]): CellSum {
  const sum: CellSum = { total: 0, unknownParts: 0, notApplicableParts: 0, valueParts: 0 };
  for (const cell of cells) {
    if (cell.kind === 'value') {
      sum.total += cell.value;
      sum.valueParts += 1;
    } else if (cell.kind === 'not-applicable') {
      sum.notApplicableParts += 1;
    } else {
      sum.unknownParts += 1;
    }
  }
  return sum;
}

/** The provenance of a cell: its own, or else the record's. */
export function cellProvenance(cell: Cell, recordProvenance: Provenance): Provenance[] {
  switch (cell.kind) {
    case 'value':
      return [cell.source ?? recordProvenance, ...(cell.alsoQuotedBy ?? [])];
    case 'disputed':
      return cell.claims.flatMap((claim) => [claim.source, ...(claim.alsoQuotedBy ?? [])]);
    default:
      return [recordProvenance];
  }
}
