import type { Undoable } from './import-state';
import { undoLabel } from './use-import-actions';

interface ImportStatusProps {
  busy: string | undefined;
  error: string | undefined;
  message: string;
  undoable: Undoable | undefined;
  onUndo: (last: Undoable) => void;
}

/** What is happening and what just happened: reading a file, why it could not be imported, what a change did (with Undo). */
export function ImportStatus({ busy, error, message, undoable, onUndo }: ImportStatusProps) {
  return (
    <>
      {busy && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> {busy}
        </p>
      )}
      {error && (
        <div className="error-summary" role="alert">
          <p>
            <strong>That could not be imported.</strong> {error}
          </p>
          <p>Anything you saved before is unchanged.</p>
        </div>
      )}
      <div className="import-status">
        <p role="status" aria-live="polite">
          {message}
        </p>
        {undoable && (
          <button type="button" className="button-secondary" aria-label={undoLabel(undoable)} onClick={() => onUndo(undoable)}>
            Undo
          </button>
        )}
      </div>
    </>
  );
}
