import type { Cell } from './cell';
import { notPublishedSource } from './cell-text';
import { describeClaims, resolveDispute } from './disputes';
import { describeProvenance, type Provenance } from './provenance';
import type { ValueStatus } from './value-status';

/** The status and citation of one figure, from its own source or its record's. */
export function statusOf(cell: Cell, recordProvenance: Provenance): { status: ValueStatus; source: string } {
  switch (cell.kind) {
    case 'not-applicable':
      return { status: 'not applicable', source: describeProvenance(recordProvenance) };
    case 'missing':
      // A real source's "not published" is its word on the figure, whatever the record around it.
      if (cell.notPublishedBy) return { status: 'missing', source: notPublishedSource(cell.notPublishedBy) };
      // A blank in synthetic data says nothing about the real report: only a real report's blank is "not published".
      return recordProvenance.kind === 'illustrative'
        ? { status: 'no figure held', source: 'No figure is held here (illustrative data set)' }
        : { status: 'missing', source: describeProvenance(recordProvenance) };
    case 'disputed':
      return { status: 'sources disagree', source: describeClaims(resolveDispute(cell.claims), String) };
    case 'value': {
      const provenance = cell.source ?? recordProvenance;
      // A value several sources quote cites them all, not just the first.
      return { status: statusForProvenance(provenance), source: [provenance, ...(cell.alsoQuotedBy ?? [])].map(describeProvenance).join('; ') };
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
