import { describe, expect, it } from 'vitest';
import { fixtureAreas, fixtureYears } from '../../../tests/helpers/fixture-data';
import { LEAVE_OUT, type IngestAnswers } from '../common/question';
import { ingestSheet, type SheetIngestInput } from './ingest-sheet';
import { nationalTableRows } from './national-table.fixture';
import { readWorkbook } from './read-workbook';
import { workbookBytes } from './workbook-fixtures';

const IMPORTED_AT = new Date(Date.UTC(2024, 4, 1, 9, 30));

/** The national table with Hampshire named in a way we do not know. */
function workbook() {
  const rows = nationalTableRows().map((row) => (row[0] === 'Hampshire' ? ['Hants', ...row.slice(1)] : row));
  return readWorkbook(
    workbookBytes(
      [
        { name: 'Cover', rows: [['MAPPA statistics']] },
        { name: 'Table_2', rows },
      ],
      'xlsx',
    ),
    'tables.xlsx',
  );
}

function ingest(answers: IngestAnswers = {}, sheetName = 'Table_2') {
  const input: SheetIngestInput = { workbook: workbook(), sheetName, areas: fixtureAreas, years: fixtureYears, importedAt: IMPORTED_AT, answers };
  const read = ingestSheet(input);
  if (!read.ok) throw new Error(read.message);
  return read;
}

describe('ingestSheet: a sheet read without a screen', () => {
  it('asks about the unknown name and the columns it is not sure of, and reads everything else', () => {
    const read = ingest();
    expect(read.open.map((question) => question.id)).toEqual([
      'area-name|tables.xlsx|Table_2!A20',
      'column-figure|tables.xlsx|Table_2!F4',
      'column-figure|tables.xlsx|Table_2!H4',
    ]);
    expect(read.open[0]).toMatchObject({ what: 'Choose the area for row 20 (“Hants”), or leave it out.', where: { sheet: 'Table_2', cell: 'A20' } });
    expect(read.open.slice(1).map((question) => question.what)).toEqual([
      'Which figure does column F (“MAPPA total”) hold?',
      'Which figure does column H (“Lemons sold”) hold?',
    ]);
    expect(read.problems).toEqual([]);
    const areas = read.items.map((item) => item.areaId);
    expect(areas).toHaveLength(42);
    expect(areas).not.toContain('hampshire');
    const kent = read.items.find((item) => item.areaId === 'kent');
    expect(kent).toMatchObject({ year: '2022-23', error: undefined, wire: { provenance: { kind: 'imported', fileName: 'tables.xlsx (sheet Table_2)' } } });
    expect(kent?.given).toContain('snapshot.total.category1');
    expect(kent?.given).not.toContain('snapshot.total.total');
  });

  it('reads the rows and columns once the answers settle them, with the same question ids run after run', () => {
    const first = ingest();
    const [hants, total, lemons] = first.open.map((question) => question.id);
    const answered = ingest({ [hants!]: 'hampshire', [total!]: 'snapshot.total.total', [lemons!]: LEAVE_OUT });
    expect(answered.open).toEqual([]);
    expect(answered.questions.map((question) => question.id)).toEqual(first.questions.map((question) => question.id));
    expect(answered.items.map((item) => item.areaId)).toContain('hampshire');
    expect(answered.items.find((item) => item.areaId === 'kent')?.given).toContain('snapshot.total.total');
  });

  it('reads nothing while the year is open, and says why answers that contradict each other are not read', () => {
    const noYear = ingest({ 'table-year|tables.xlsx|Table_2': '' });
    expect(noYear.result).toBeUndefined();
    expect(noYear.items).toEqual([]);
    const twice = ingest({ 'area-name|tables.xlsx|Table_2!A20': 'kent' });
    expect(twice.problems).toEqual([expect.stringMatching(/^Rows 20 and \d+ are both Kent/)]);
    expect(twice.items.filter((item) => item.areaId === 'kent')).toHaveLength(1);
  });

  it('says so when a sheet has no table', () => {
    const read = ingestSheet({ workbook: workbook(), sheetName: 'Cover', areas: fixtureAreas, years: fixtureYears, importedAt: IMPORTED_AT });
    expect(read).toEqual({ ok: false, message: expect.stringContaining('Cover') });
  });

  it('reads a first area row of numbers stored as text as data: its name is asked about, its figures never become a heading', () => {
    const rows = [
      ['Table 3: Registered sexual offenders on 31 March 2023'],
      ['MAPPA area', 'Category 1 (RSOs)'],
      ['West Mids', '3,801'],
      ['Kent', '2,100'],
      ['Gwent', '[x]'],
    ];
    const book = readWorkbook(workbookBytes([{ name: 'Table_3', rows }], 'xlsx'), 'text-numbers.xlsx');
    const read = ingestSheet({ workbook: book, sheetName: 'Table_3', areas: fixtureAreas, years: fixtureYears, importedAt: IMPORTED_AT });
    if (!read.ok) throw new Error(read.message);
    expect(read.questions[0]).toMatchObject({ id: 'header-row|text-numbers.xlsx|Table_3', suggested: '1', settled: true });
    expect(read.table.columns.map((column) => column.text)).toEqual(['Category 1 (RSOs)']);
    expect(read.open.map((question) => question.id)).toEqual(['area-name|text-numbers.xlsx|Table_3!A3']);
    const answered = ingestSheet({
      workbook: book,
      sheetName: 'Table_3',
      areas: fixtureAreas,
      years: fixtureYears,
      importedAt: IMPORTED_AT,
      answers: { 'area-name|text-numbers.xlsx|Table_3!A3': 'west-midlands' },
    });
    if (!answered.ok) throw new Error(answered.message);
    expect(answered.items.find((item) => item.areaId === 'west-midlands')?.wire.snapshot.columnTotals.category1).toBe(3801);
    expect(answered.items.find((item) => item.areaId === 'kent')?.wire.snapshot.columnTotals.category1).toBe(2100);
  });

  it('reads the table from the heading row an answer gives', () => {
    const read = ingest({ 'header-row|tables.xlsx|Table_2': '2' });
    expect(read.table.headerRow).toBe(2);
    expect(read.questions[0]).toMatchObject({ id: 'header-row|tables.xlsx|Table_2', suggested: '3', settled: true });
  });
});
