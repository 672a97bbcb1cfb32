import type { ReadBundledImport } from '../../ingest/bundle/data-bundle';
import type { ReportTextParse } from '../../ingest/report-text/parse-report-text';
import type { WorkbookSummary } from '../../ingest/spreadsheet/workbook-model';
import type { CsvGroupImport } from '../../ingest/tidy-csv/ingest-tidy-csv';
import type { ImportChange } from '../../shared/user-data/use-saved-imports';

/** What was read and waits for the reader to check it. */
export type Pending =
  | { kind: 'report'; parse: ReportTextParse; fileName: string; importedAt: string }
  | { kind: 'csv'; imports: CsvGroupImport[]; fileName: string; importedAt: string; warnings: string[] }
  | { kind: 'spreadsheet'; workbook: WorkbookSummary; importedAt: string }
  | { kind: 'bundle'; imports: ReadBundledImport[]; fileName: string; importedAt: string };

/** The last change, while it can still be undone. */
export interface Undoable {
  change: ImportChange;
  /** "the import of Kent 2021-22 from kent.csv" */
  what: string;
}

export interface ImportState {
  /** The pasted text. */
  text: string;
  /** Why the last file could not be read or saved: what the reader had is unchanged. */
  error: string | undefined;
  /** "Reading kent.pdf…" */
  busy: string | undefined;
  pending: Pending | undefined;
  /** The status line: what the last change did. */
  message: string;
  undoable: Undoable | undefined;
}

export type ImportAction =
  | { type: 'text-typed'; text: string }
  /** A file is being read: the status line clears; `busy` says which file, once reading takes a while. */
  | { type: 'reading'; busy?: string }
  | { type: 'read-finished' }
  /** Something could not be read or saved. */
  | { type: 'failed'; error: string }
  | { type: 'read'; pending: Pending }
  /** The review closed without saving, saying why when there is a reason. */
  | { type: 'discarded'; message?: string }
  /** Saved: the review closes, and the change can be undone where it says so. */
  | { type: 'saved'; message: string; undoable: Undoable | undefined; clearText?: boolean }
  /** Saved imports deleted. */
  | { type: 'deleted'; message: string; undoable: Undoable }
  | { type: 'undo-started' }
  | { type: 'undone'; message: string };

export const INITIAL_IMPORT_STATE: ImportState = { text: '', error: undefined, busy: undefined, pending: undefined, message: '', undoable: undefined };

/** The import page's state: what is being read, what waits to be checked, and what the last change did. */
export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'text-typed':
      return { ...state, text: action.text };
    case 'reading':
      return { ...state, message: '', busy: action.busy ?? state.busy };
    case 'read-finished':
      return { ...state, busy: undefined };
    case 'failed':
      return { ...state, error: action.error };
    case 'read':
      return { ...state, error: undefined, pending: action.pending };
    case 'discarded':
      return { ...state, pending: undefined, message: action.message ?? state.message };
    case 'saved':
      return {
        ...state,
        pending: undefined,
        error: undefined,
        message: action.message,
        undoable: action.undoable,
        text: action.clearText ? '' : state.text,
      };
    case 'deleted':
      return { ...state, message: action.message, undoable: action.undoable };
    case 'undo-started':
      return { ...state, undoable: undefined };
    case 'undone':
      return { ...state, message: action.message };
  }
}

/** An error's message, for the error summary. */
export function problemText(problem: unknown): string {
  return problem instanceof Error ? problem.message : String(problem);
}
