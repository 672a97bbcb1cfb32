interface SaveReviewedProps {
  /** "Save 3 reports" */
  saveLabel: string;
  /** The area-years still waiting for a choice about their earlier imports, once the reader has tried to save ("Kent 2021-22"). */
  unchosen: readonly string[];
  onSave: () => void;
  onDiscard: () => void;
}

/** The end of a review of many area-years: what still needs a choice, then Save and Discard. */
export function SaveReviewed({ saveLabel, unchosen, onSave, onDiscard }: SaveReviewedProps) {
  return (
    <>
      {unchosen.length > 0 && (
        <div className="error-summary" role="alert">
          <p>
            <strong>Nothing was saved yet:</strong> choose what to do with the earlier {unchosen.length === 1 ? 'import' : 'imports'} of {unchosen.join(', ')}.
          </p>
        </div>
      )}
      <div className="chart-toolbar">
        <button type="button" className="button" onClick={onSave}>
          {saveLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </>
  );
}
