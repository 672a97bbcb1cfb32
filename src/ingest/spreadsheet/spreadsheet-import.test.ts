// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { findTable } from './find-table';
import { suggestColumnMappings } from './map-columns';
import { matchAreaRows } from '../common/area-names';
import { nationalTableRows } from './national-table.fixture';
import { readWorkbook } from './read-workbook';
import { detectSheetYear } from './sheet-year';
import { importSpreadsheetTable, type ImportedFigures } from './spreadsheet-import';
import { textBytes, workbookBytes } from './workbook-fixtures';
import { sheetNamed, type WorkbookSummary } from './workbook-model';

const IMPORTED_AT = new Date(Date.UTC(2024, 4, 1, 9, 30));

/** A national workbook as GSS guidance lays it out. */
function gssWorkbook(format: 'xlsx' | 'ods'): Uint8Array {
  return workbookBytes(
    [
      { name: 'Cover', rows: [['MAPPA annual report statistics'], ['Contact: statistics@example.org']] },
      { name: 'Contents', rows: [['Contents'], ['Worksheet name', 'Worksheet title'], ['Notes', 'Notes'], ['Table_2', 'MAPPA-eligible offenders']] },
      { name: 'Notes', rows: [['Notes'], ['Note number', 'Note text'], ['note 1', 'Figures are as published.']] },
      { name: 'Table_2', rows: nationalTableRows() },
    ],
    format,
  );
}

/** What the review would confirm if the reviewer accepted every suggestion. */
function importAsSuggested(workbook: WorkbookSummary, sheetName: string) {
  const sheet = sheetNamed(workbook, sheetName);
  const found = findTable(sheet, fixtureAreas);
  if (!found.ok) throw new Error(found.message);
  const { table } = found;
  const areas = matchAreaRows(table.rows, fixtureAreas);
  const suggestions = suggestColumnMappings(table.columns, { titleLines: table.titleLines });
  const year = detectSheetYear([
    { from: 'table title', text: table.titleLines.join(' ') },
    { from: 'sheet name', text: sheet.name },
  ]);
  if (year.kind !== 'found') throw new Error('no year');
  const result = importSpreadsheetTable({
    workbook,
    sheetName,
    areaRows: areas.rows.flatMap((row) => (row.match ? [{ row: row.row, areaId: row.match.areaId }] : [])),
    columns: suggestions.flatMap((s) => (s.suggestion ? [{ column: s.column, figureId: s.suggestion.figureId }] : [])),
    year: year.year,
    importedAt: IMPORTED_AT,
    ...(table.areaColumn === undefined ? {} : { areaColumn: table.areaColumn }),
  });
  return { table, areas, suggestions, year, result };
}

function area(result: { areas: ImportedFigures[] }, areaId: string): ImportedFigures {
  const found = result.areas.find((candidate) => candidate.areaId === areaId);
  if (!found) throw new Error(`no ${areaId}`);
  return found;
}

describe.each(['xlsx', 'ods'] as const)('importSpreadsheetTable: a national GSS workbook (%s)', (format) => {
  const workbook = readWorkbook(gssWorkbook(format), `national.${format}`);
  const { areas, suggestions, year, result } = importAsSuggested(workbook, 'Table_2');

  it('matches every area, whatever the spelling, and leaves the unknown measure unmapped', () => {
    expect(areas.unmatched).toEqual([]);
    expect(areas.absent).toEqual([]);
    expect(suggestions.map((s) => s.suggestion?.figureId)).toEqual([
      'snapshot.total.category1',
      'snapshot.total.category2',
      'snapshot.total.category3',
      'snapshot.total.category4',
      'snapshot.total.total',
      'rsoPer100k',
      undefined,
    ]);
    expect(year).toMatchObject({ kind: 'found', year: '2022-23' });
  });

  it('gives each area its figures with the import as their source, and where each came from', () => {
    expect(result.errors).toEqual([]);
    expect(result.areas).toHaveLength(43);
    const kent = area(result, 'kent');
    const provenance = { kind: 'imported', fileName: `national.${format} (sheet Table_2)`, importedAt: '2024-05-01T09:30:00.000Z' };
    expect(kent.provenance).toEqual(provenance);
    expect(kent.areaNotes).toEqual(['note 3']);
    expect(kent.year).toBe('2022-23');
    const kentRow = areas.rows.find((row) => row.match?.areaId === 'kent')?.row ?? -1;
    expect(kent.figures['snapshot.total.category1']).toEqual({ kind: 'value', value: expect.any(Number), source: provenance });
    expect(kent.origins['snapshot.total.category1']).toMatchObject({ sheetName: 'Table_2', ref: `B${kentRow + 1}` });
    expect(Object.keys(kent.figures)).toHaveLength(6);
  });

  it('keeps not applicable, not published and blank apart, and none of them is 0', () => {
    const dyfed = area(result, 'dyfed-powys');
    expect(dyfed.figures).toMatchObject({
      'snapshot.total.category1': { kind: 'value', value: 1234 },
      'snapshot.total.category2': { kind: 'missing', notPublishedBy: { symbol: '[x]' } },
      'snapshot.total.category3': { kind: 'not-applicable' },
      'snapshot.total.category4': { kind: 'not-applicable' },
      'snapshot.total.total': { kind: 'value', value: 1300 },
      rsoPer100k: { kind: 'value', value: 98.7 },
    });
    expect(dyfed.origins['snapshot.total.category2']).toMatchObject({ symbol: '[x]', symbolMeaning: 'not available: not published', text: '[x]' });
    expect(dyfed.origins['snapshot.total.category3']).toMatchObject({ symbol: '[z]', symbolMeaning: 'not applicable' });
    expect(dyfed.origins['snapshot.total.total']).toMatchObject({ notes: ['note 4'], text: '1,300 [note 4]' });
    expect(dyfed.origins.rsoPer100k).toMatchObject({ lowReliability: true });

    const gwent = area(result, 'gwent');
    // [c] is the file's word that the figure is not published, kept with the cell that says it; a blank says nothing.
    expect(gwent.figures['snapshot.total.category1']).toEqual({
      kind: 'missing',
      notPublishedBy: {
        source: gwent.provenance,
        symbol: '[c]',
        cell: `${gwent.origins['snapshot.total.category1']?.sheetName}!${gwent.origins['snapshot.total.category1']?.ref}`,
      },
    });
    expect(gwent.origins['snapshot.total.category1']).toMatchObject({ symbol: '[c]', symbolMeaning: 'confidential: not published' });
    expect(gwent.origins['snapshot.total.category2']).toMatchObject({ symbol: '[w]' });
    expect(gwent.figures['snapshot.total.category3']).toEqual({ kind: 'missing' });
    expect(gwent.origins['snapshot.total.category3']).toMatchObject({ symbol: 'blank', text: '' });
    // A real, published zero stays a zero.
    expect(gwent.figures['snapshot.total.category4']).toMatchObject({ kind: 'value', value: 0 });
  });

  it('warns about low-reliability figures', () => {
    expect(result.warnings).toEqual([{ message: expect.stringMatching(/^One figure is marked \[u\], low reliability \(G\d+\)/) }]);
  });
});

describe('importSpreadsheetTable: problems', () => {
  const bytes = workbookBytes(
    [
      {
        name: 'T',
        rows: [
          ['Offenders on 31 March 2022'],
          ['Area', 'Category 1', 'Category 4', 'Level 1'],
          ['Kent', 'about 40', 3, -2],
          ['Gwent', new Date(Date.UTC(2022, 2, 31)), '[x]', 4.5],
        ],
      },
    ],
    'xlsx',
  );
  const workbook = readWorkbook(bytes, 'problems.xlsx');
  const base = { workbook, sheetName: 'T', year: '2021-22' as const, importedAt: IMPORTED_AT };

  it('gives an error naming the cell for each figure it cannot read, and imports the rest', () => {
    const result = importSpreadsheetTable({
      ...base,
      areaRows: [
        { row: 2, areaId: 'kent' },
        { row: 3, areaId: 'gwent' },
      ],
      columns: [
        { column: 1, figureId: 'snapshot.total.category1' },
        { column: 3, figureId: 'snapshot.level1.total' },
      ],
    });
    expect(result.errors.map((error) => [error.ref, error.message])).toEqual([
      ['B3', expect.stringContaining('B3 holds "about 40", which is not a number.')],
      ['D3', expect.stringContaining('D3: -2 is negative')],
      ['B4', expect.stringContaining('B4 holds a date (2022-03-31)')],
      ['D4', expect.stringContaining('D4: 4.5 is not a whole number')],
    ]);
    expect(result.areas.map((figures) => Object.keys(figures.figures))).toEqual([[], []]);
  });

  it('does not import category 4 for a year before it existed, and says so', () => {
    const result = importSpreadsheetTable({ ...base, areaRows: [{ row: 2, areaId: 'kent' }], columns: [{ column: 2, figureId: 'snapshot.total.category4' }] });
    expect(result.warnings).toEqual([{ message: 'Category 4 did not exist in 2021-22, so column C (category 4) was not imported: check the year.' }]);
    expect(result.areas[0]?.figures).toEqual({});
  });

  it('refuses two rows for one area, two columns for one figure and figures that do not exist', () => {
    const result = importSpreadsheetTable({
      ...base,
      areaRows: [
        { row: 2, areaId: 'kent' },
        { row: 3, areaId: 'kent' },
        { row: 99, areaId: 'gwent' },
      ],
      columns: [
        { column: 2, figureId: 'snapshot.total.category2' },
        { column: 3, figureId: 'snapshot.total.category2' },
        { column: 1, figureId: 'lemons' },
      ],
    });
    expect(result.errors.map((error) => error.message)).toEqual([
      expect.stringContaining('Columns C and D are both mapped to'),
      'Column B is mapped to "lemons", which is not a report figure.',
      'Rows 3 and 4 are both matched to the same area (kent): choose one.',
      'Row 100 is outside the sheet "T".',
    ]);
  });

  it('names a CSV file without a sheet in the provenance', () => {
    const csv = readWorkbook(textBytes('Area,Category 1\nKent,"1,234"\n'), 'kent.csv');
    const result = importSpreadsheetTable({
      workbook: csv,
      sheetName: 'kent',
      areaRows: [{ row: 1, areaId: 'kent' }],
      columns: [{ column: 1, figureId: 'snapshot.total.category1' }],
      year: '2022-23',
      importedAt: IMPORTED_AT,
    });
    expect(result.areas[0]?.figures['snapshot.total.category1']).toEqual({
      kind: 'value',
      value: 1234,
      source: { kind: 'imported', fileName: 'kent.csv', importedAt: '2024-05-01T09:30:00.000Z' },
    });
  });
});
