import { describeFigure } from '../../../ingest/common/figure-values';
import { figureInputId } from './review-figures-table';

interface ReviewProblemsProps {
  /** What to do with an earlier import of this area-year, when not chosen yet. */
  choiceError: string | undefined;
  recordErrors: readonly string[];
  fieldErrors: Readonly<Record<string, string>>;
}

/** Why the figures cannot be saved yet, each linked to the box to fix. */
export function ReviewProblems({ choiceError, recordErrors, fieldErrors }: ReviewProblemsProps) {
  return (
    <div className="error-summary" role="alert">
      <p>
        <strong>These figures cannot be saved yet:</strong>
      </p>
      <ul>
        {choiceError && (
          <li>
            <a href="#review-earlier-choice">{choiceError}</a>
          </li>
        )}
        {recordErrors.map((error) => (
          <li key={error}>{error}</li>
        ))}
        {Object.entries(fieldErrors).map(([figureId, error]) => (
          <li key={figureId}>
            <a href={`#${figureInputId(figureId)}`}>{describeFigure(figureId)}</a>: {error}
          </li>
        ))}
      </ul>
    </div>
  );
}
