import { describe, expect, it } from 'vitest';
import type { HeldFigure } from '../../src/ingest/review/held-figures';
import { spreadsheetReviewRows } from '../../src/ingest/review/spreadsheet-review-model';
import { ingestReportText } from '../../src/ingest/report-text/ingest-report-text';
import { ingestSheet } from '../../src/ingest/spreadsheet/ingest-sheet';
import { readWorkbook } from '../../src/ingest/spreadsheet/read-workbook';
import { sheetOptions } from '../../src/ingest/spreadsheet/sheets';
import {
  areaOnlyInProse,
  category1Of,
  hiddenSheetWorkbook,
  seedAndAMegabyte,
  snapshotRowsWithoutANamedColumn,
  snapshotWithoutOtherDangerous,
  tenMegabytesOfLines,
  textNumbersWorkbook,
} from '../fixtures/hostile/corpus';
import { fixtureAreas, fixtureYears } from '../helpers/fixture-data';

const IMPORTED_AT = '2026-12-07T18:00:00.000Z';
const LOCAL_AREAS = fixtureAreas.filter((area) => area.kind === 'area');

function readText(text: string, file = 'pasted.txt') {
  return ingestReportText({ text, source: { file }, areas: fixtureAreas, years: fixtureYears, importedAt: IMPORTED_AT });
}

function readSheet(answers: Record<string, string> = {}) {
  const workbook = readWorkbook(textNumbersWorkbook(), 'text-numbers.xlsx');
  const read = ingestSheet({ workbook, sheetName: 'Table_3', areas: fixtureAreas, years: fixtureYears, importedAt: new Date(IMPORTED_AT), answers });
  if (!read.ok) throw new Error(read.message);
  return read;
}

describe('the hostile corpus through the ingest readers (issue 26)', () => {
  it('item 1: a first area row of numbers stored as text is data; its unknown name is asked, and every area is read once answered', () => {
    const asked = readSheet();
    expect(asked.table.columns.map((column) => column.text)).toEqual(['Category 1 (RSOs)']);
    expect(asked.open.map((question) => question.id)).toEqual(['area-name|text-numbers.xlsx|Table_3!A3']);
    const read = readSheet({ 'area-name|text-numbers.xlsx|Table_3!A3': 'west-midlands' });
    expect(read.open).toEqual([]);
    expect(read.items).toHaveLength(42);
    for (const [index, area] of LOCAL_AREAS.entries()) {
      const figure = read.items.find((item) => item.areaId === area.id)?.wire.snapshot.columnTotals.category1;
      expect(figure).toEqual(area.id === 'gwent' ? { notPublished: expect.objectContaining({ symbol: '[x]' }) } : category1Of(index));
    }
  });

  it('item 2: a real source’s [x] replaces an illustrative figure, citing the file and cell', () => {
    const read = readSheet({ 'area-name|text-numbers.xlsx|Table_3!A3': 'west-midlands' });
    const illustrative: HeldFigure = { cell: { kind: 'value', value: 816 }, status: 'illustrative', text: '816', source: 'Illustrative value' };
    const rows = spreadsheetReviewRows(read.result!, () => () => illustrative);
    const gwent = rows.find((row) => row.areaId === 'gwent');
    expect(gwent).toMatchObject({ outcome: 'not-published', incomingText: 'not published ([x]: not available)' });
    expect(read.items.find((item) => item.areaId === 'gwent')?.report?.snapshot.columnTotals.category1).toEqual({
      kind: 'missing',
      notPublishedBy: {
        source: { kind: 'imported', fileName: 'text-numbers.xlsx (sheet Table_3)', importedAt: IMPORTED_AT },
        symbol: '[x]',
        cell: gwent?.from,
      },
    });
  });

  it('item 3: a table without a column is read by its header words; the missing column is asked, never filled by position', () => {
    const read = readText(snapshotWithoutOtherDangerous());
    const figure = (id: string) => read.parse.figures.find((found) => found.figureId === id);
    expect(['level1', 'level2', 'level3', 'total'].map((row) => figure(`snapshot.${row}.total`)?.value)).toEqual([5432, 45, 9, 5486]);
    expect(['level1', 'level2', 'level3', 'total'].map((row) => figure(`snapshot.${row}.category3`)?.value)).toEqual([null, null, null, null]);
    expect(read.open.filter((question) => question.figureId?.endsWith('.category3') && question.figureId.startsWith('snapshot.'))).toHaveLength(4);
    // Until a question is answered its figure is held back; the totals check names the totals it cannot check.
    expect(read.outcome?.given?.some((id) => /^snapshot\..*\.category3$/.test(id))).toBe(false);
    expect(read.outcome?.report?.snapshot.cells.level1.category3).toEqual({ kind: 'missing' });
    expect(read.outcome?.report?.snapshot.rowTotals.level1).toEqual({ kind: 'value', value: 5432 });
    expect(read.outcome?.unchecked.filter((total) => total.table === 'snapshot')).toHaveLength(4);
  });

  it('item 3: rows narrower than the header that names their columns are not read, and say why', () => {
    const read = readText(snapshotRowsWithoutANamedColumn());
    expect(read.parse.tablesNotRead).toEqual(['snapshot']);
    expect(read.parse.warnings[0]).toMatch(/has headings \(line 97\) for 4 columns but its rows have 3 figures/);
    expect(read.parse.figures.filter((found) => found.figureId.startsWith('snapshot.')).every((found) => found.value === null)).toBe(true);
  });

  it('item 4: no area is preselected from a sentence about England and Wales: it is asked', () => {
    const read = readText(areaOnlyInProse());
    const area = read.questions.find((question) => question.kind === 'report-area');
    expect(area?.suggested).toBeUndefined();
    expect(area?.settled).toBe(false);
    expect(read.outcome).toBeUndefined();
  });

  it('item 5: the visible sheet is suggested over a hidden one with the same rows, with the reason', () => {
    const choice = sheetOptions(readWorkbook(hiddenSheetWorkbook(), 'hidden.xlsx'), fixtureAreas);
    expect(choice.options.map((option) => [option.name, option.hidden, option.areaRows])).toEqual([
      ['Old', true, 42],
      ['Table_3', false, 42],
    ]);
    expect(choice.suggested).toBe('Table_3');
    expect(choice.reason).toMatch(/42/);
  });

  it.each([
    ['the seed and about 1 MB of text', seedAndAMegabyte, /^The text of “big\.txt” is 1,\d{3},\d{3} characters long \(about 1\.\d MB\)/],
    ['10 MB of lines', tenMegabytesOfLines, /^The text of “big\.txt” is 10,000,000 characters long \(about 10\.0 MB\)/],
  ])('item 6: %s is refused at once, naming its size', (_name, text, message) => {
    const read = readText(text(), 'big.txt');
    expect(read.parse.outcome).toBe('too-long');
    expect(read.parse.message).toMatch(message);
    expect(read.questions).toEqual([]);
  });
});
