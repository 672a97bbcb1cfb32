import { describeUncheckedTotals, type ConsistencyFinding, type UncheckedTotal } from '../../../domain/consistency';
import { FindingsNote } from '../../../shared/report/findings-note';

interface ReviewTotalsProps {
  findings: readonly ConsistencyFinding[];
  /** Totals a missing figure keeps from being checked: said, so the check never goes quiet. */
  unchecked: readonly UncheckedTotal[];
  /** The record builds (an area and year chosen, no box in error). */
  built: boolean;
}

/** The totals check of the figures as they stand: totals that disagree, and totals that cannot be checked. */
export function ReviewTotals({ findings, unchecked, built }: ReviewTotalsProps) {
  if (!built) return null;
  const note = describeUncheckedTotals(unchecked);
  return (
    <>
      <FindingsNote findings={findings} />
      {note && (
        <div className="warning" role="note">
          <p className="warning-title">{note.title}</p>
          <p>{note.detail}</p>
        </div>
      )}
      {findings.length === 0 && !note && <p>Every published total matches its figures.</p>}
    </>
  );
}
