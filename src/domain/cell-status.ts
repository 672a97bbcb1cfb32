import type { Cell } from './cell';
import { notPublishedSource } from './cell-text';
import { describeClaims, resolveDispute } from './disputes';
import { describeProvenance, whySumUnavailable, type Provenance } from './provenance';
import { statusOfDerived } from './trust';
import type { ValueStatus } from './value-status';

/** The status and citation of one figure, from its own source or its record's. */
export function statusOf(cell: Cell, recordProvenance: Provenance): { status: ValueStatus; source: string } {
  switch (cell.kind) {
    case 'not-applicable':
      return { status: 'not applicable', source: describeProvenance(recordProvenance) };
    case 'missing':
      // A real source's "not published" is its word on the figure, whatever the record around it.
      if (cell.notPublishedBy) return { status: 'missing', source: notPublishedSource(cell.notPublishedBy) };
      // A region's sum with a gap among its areas' figures is never shown as a partial sum.
      if (recordProvenance.kind === 'sum-of-areas')
        return { status: 'cannot be calculated', source: `Cannot calculate: ${whySumUnavailable(recordProvenance)}` };
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
    case 'sum-of-areas':
      // "calculated here" from published figures only; else as weak as the weakest figure summed.
      return statusOfDerived(provenance.weakest);
  }
}
