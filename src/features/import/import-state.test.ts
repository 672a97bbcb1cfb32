import { describe, expect, it } from 'vitest';
import type { WorkbookSummary } from '../../ingest/spreadsheet/workbook-model';
import { importReducer, INITIAL_IMPORT_STATE, type ImportState, type Pending, type Undoable } from './import-state';

const SPREADSHEET: Pending = {
  kind: 'spreadsheet',
  workbook: { fileName: 't.xlsx', format: 'xlsx', sheets: [] } as WorkbookSummary,
  importedAt: '2024-05-01T10:00:00Z',
};
const UNDOABLE: Undoable = { change: { added: [], removed: [] }, what: 'the import of Kent 2021-22 from kent.csv' };
const state = (patch: Partial<ImportState>): ImportState => ({ ...INITIAL_IMPORT_STATE, ...patch });

describe('importReducer', () => {
  it('refuses a paste too long to be one report at once, saying its size, and keeps the text the box had (issue 26 item 6)', () => {
    const before = state({ text: 'my report text', pending: SPREADSHEET });
    const next = importReducer(before, { type: 'text-typed', text: 'x'.repeat(10_000_000) });
    expect(next.text).toBe('my report text');
    expect(next.pending).toBe(SPREADSHEET);
    expect(next.error).toMatch(
      /^The pasted text is 10,000,000 characters long \(about 10\.0 MB\): more than the 1,000,000 characters .* The text you had is kept\.$/,
    );
    expect(importReducer(before, { type: 'text-typed', text: 'shorter' }).text).toBe('shorter');
    // A paste stopped before the box took it in says the length it would have made.
    const refused = importReducer(before, { type: 'paste-refused', length: 10_000_014 });
    expect(refused.text).toBe('my report text');
    expect(refused.error).toMatch(/^The pasted text is 10,000,014 characters long \(about 10\.0 MB\).* The text you had is kept\.$/);
  });

  it('reading a file clears the status line and says which file; finishing clears that', () => {
    const reading = importReducer(state({ message: 'Saved.' }), { type: 'reading', busy: 'Reading kent.pdf…' });
    expect(reading).toMatchObject({ message: '', busy: 'Reading kent.pdf…' });
    expect(importReducer(reading, { type: 'read-finished' }).busy).toBeUndefined();
  });

  it('a file that cannot be read says why and keeps what was waiting to be checked', () => {
    const next = importReducer(state({ pending: SPREADSHEET }), { type: 'failed', error: '“photo.png” is not text' });
    expect(next).toMatchObject({ error: '“photo.png” is not text', pending: SPREADSHEET });
  });

  it('a file read opens its review and clears the last error', () => {
    expect(importReducer(state({ error: 'old' }), { type: 'read', pending: SPREADSHEET })).toMatchObject({ error: undefined, pending: SPREADSHEET });
  });

  it('discarding closes the review, saying why only when there is a reason', () => {
    expect(importReducer(state({ pending: SPREADSHEET, message: 'Saved.' }), { type: 'discarded' })).toMatchObject({ pending: undefined, message: 'Saved.' });
    expect(importReducer(state({ pending: SPREADSHEET }), { type: 'discarded', message: 'Nothing was saved.' }).message).toBe('Nothing was saved.');
  });

  it('saving closes the review, says what was saved, offers Undo, and empties the text box only when asked', () => {
    const before = state({ pending: SPREADSHEET, text: 'report text', error: 'old' });
    const saved = importReducer(before, { type: 'saved', message: 'Saved: Kent.', undoable: UNDOABLE, clearText: true });
    expect(saved).toMatchObject({ pending: undefined, error: undefined, message: 'Saved: Kent.', undoable: UNDOABLE, text: '' });
    expect(importReducer(before, { type: 'saved', message: 'Saved 2 reports.', undoable: undefined })).toMatchObject({
      text: 'report text',
      undoable: undefined,
    });
  });

  it('Undo is offered once: pressing it takes the button away, then says what came back', () => {
    const deleted = importReducer(INITIAL_IMPORT_STATE, { type: 'deleted', message: 'Deleted the import.', undoable: UNDOABLE });
    expect(deleted.undoable).toBe(UNDOABLE);
    const undoing = importReducer(deleted, { type: 'undo-started' });
    expect(undoing.undoable).toBeUndefined();
    expect(importReducer(undoing, { type: 'undone', message: 'Undone.' }).message).toBe('Undone.');
  });

  it('typing keeps everything else', () => {
    const before = state({ pending: SPREADSHEET, message: 'Saved.' });
    expect(importReducer(before, { type: 'text-typed', text: 'abc' })).toEqual({ ...before, text: 'abc' });
  });
});
