import type { Cell } from '../../data/cell';
import { describeClaims, resolveDispute } from '../../data/disputes';
import { describeProvenance, type Provenance } from '../../data/provenance';
import type { ValueStatus } from '../../charts/chart-data';

/** The status and citation of one figure, from its own source or its record's. */
export function statusOf(cell: Cell, recordProvenance: Provenance): { status: ValueStatus; source: string } {
  switch (cell.kind) {
    case 'not-applicable':
      return { status: 'not applicable', source: describeProvenance(recordProvenance) };
    case 'missing':
      return { status: 'missing', source: describeProvenance(recordProvenance) };
    case 'disputed':
      return { status: 'sources disagree', source: describeClaims(resolveDispute(cell.claims), String) };
    case 'value': {
      const provenance = cell.source ?? recordProvenance;
      return { status: statusForProvenance(provenance), source: describeProvenance(provenance) };
    }
  }
}

export function statusForProvenance(provenance: Provenance): ValueStatus {
  switch (provenance.kind) {
    case 'published-report':
    case 'published-press':
      return 'published';
    case 'illustrative':
      return 'illustrative';
    case 'imported':
      return 'imported';
  }
}
