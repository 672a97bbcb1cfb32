// @vitest-environment node
// Node’s File has arrayBuffer() and text(), which jsdom’s lacks.
import { describe, expect, it } from 'vitest';
import { AREAS, seedText } from '../../../tests/fixtures/import/texts';
import { TIDY_CSV_COLUMNS } from '../../domain/tidy-csv';
import type { ImportAction } from './import-state';
import { readReportFile, readReportText, readSpreadsheetFile } from './read-source';

function context() {
  const actions: ImportAction[] = [];
  return { actions, areas: AREAS, dispatch: (action: ImportAction) => void actions.push(action) };
}

const TIDY = [TIDY_CSV_COLUMNS.join(','), ['Kent', 'kent', '2021-22', 'SHPOs', 'orders.shpo', '12', 'people', 'published', 'A report'].join(',')].join('\n');

describe('reading a source', () => {
  it('pasted text opens the report review', () => {
    const read = context();
    readReportText(seedText(), 'pasted text', read);
    expect(read.actions).toEqual([{ type: 'read', pending: expect.objectContaining({ kind: 'report', fileName: 'pasted text' }) }]);
  });

  it('a report file says it is reading, opens the review, then stops saying so', async () => {
    const read = context();
    await readReportFile(new File([seedText()], 'report.txt', { type: 'text/plain' }), read);
    expect(read.actions.map((action) => action.type)).toEqual(['reading', 'read', 'read-finished']);
    expect(read.actions[0]).toEqual({ type: 'reading', busy: 'Reading report.txt…' });
  });

  it('a file that is not text is refused with its reason', async () => {
    const read = context();
    await readReportFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], 'photo.png', { type: 'image/png' }), read);
    expect(read.actions).toContainEqual({ type: 'failed', error: expect.stringContaining('“photo.png” is not text') });
  });

  it('the app’s own CSV, given as a spreadsheet, is read as a tidy CSV; a broken one lists its problems by line', async () => {
    const read = context();
    await readSpreadsheetFile(new File([TIDY], 'kent.csv', { type: 'text/csv' }), read);
    expect(read.actions).toContainEqual({ type: 'read', pending: expect.objectContaining({ kind: 'csv', fileName: 'kent.csv' }) });
    const broken = context();
    await readReportFile(new File([TIDY.replace('kent,2021-22', 'kent,2021')], 'kent.csv', { type: 'text/csv' }), broken);
    expect(broken.actions).toContainEqual({ type: 'failed', error: expect.stringMatching(/^“kent\.csv” has problems: line 2 \(year\): /) });
  });
});
