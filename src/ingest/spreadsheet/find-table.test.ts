// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { findTable, type TableLocation } from './find-table';
import { HEADINGS, nationalTableRows, TABLE_TITLE } from './national-table.fixture';
import { readWorkbook } from './read-workbook';
import { workbookBytes, type SheetSpec } from './workbook-fixtures';
import { sheetNamed } from './workbook-model';

function tableIn(spec: SheetSpec, format: 'xlsx' | 'ods' = 'xlsx'): TableLocation {
  const sheet = sheetNamed(readWorkbook(workbookBytes([spec], format), `t.${format}`), spec.name);
  const found = findTable(sheet, fixtureAreas);
  if (!found.ok) throw new Error(found.message);
  return found.table;
}

describe.each(['xlsx', 'ods'] as const)('findTable (%s)', (format) => {
  it('finds the header below the title and note rows of a 42-area national table', () => {
    const table = tableIn({ name: 'Table 2', rows: nationalTableRows() }, format);
    expect(table.titleLines).toEqual([TABLE_TITLE, expect.stringContaining('This worksheet contains one table'), 'Source: Ministry of Justice']);
    expect(table).toMatchObject({ headerRow: 3, bandRow: undefined, areaColumn: 0, mergedHeaders: false, warnings: [] });
    expect(table.columns.map((column) => column.text)).toEqual(HEADINGS.slice(1));
    expect(table.columns[0]).toEqual({ column: 1, ref: 'B4', text: 'Category 1', fromMerge: false });
    expect(table.rows).toHaveLength(43);
    expect(table.rows[0]).toEqual({ row: 4, ref: 'A5', text: 'England & Wales' });
  });

  it('unmerges merged header cells by repeating their text, and says so', () => {
    const table = tableIn(
      {
        name: 'Table 3',
        rows: [
          ['Table 3: Offenders managed at levels 2 and 3 during the year, 2022/23'],
          ['Area', 'Level 2', null, 'Level 3', null],
          [null, 'Category 1', 'Category 2', 'Category 1', 'Category 2'],
          ['Kent', 1, 2, 3, 4],
          ['Gwent', 5, 6, 7, 8],
        ],
        merges: ['A2:A3', 'B2:C2', 'D2:E2'],
      },
      format,
    );
    expect(table).toMatchObject({ headerRow: 2, bandRow: 1, areaColumn: 0, mergedHeaders: true });
    expect(table.titleLines).toEqual(['Table 3: Offenders managed at levels 2 and 3 during the year, 2022/23']);
    expect(table.columns.map(({ text, fromMerge }) => [text, fromMerge])).toEqual([
      ['Level 2 Category 1', false],
      ['Level 2 Category 2', true],
      ['Level 3 Category 1', false],
      ['Level 3 Category 2', true],
    ]);
    expect(table.warnings).toEqual([expect.stringContaining('Merged header cells were unmerged by repeating their text (C3, E3)')]);
    expect(table.rows.map((row) => row.text)).toEqual(['Kent', 'Gwent']);
  });
});

describe('findTable', () => {
  it('finds an area column that is not the first, and a title that is just an area name', () => {
    const table = tableIn({
      name: 'S',
      rows: [['Kent'], ['Code', 'Area', 'Category 1'], ['E23000032', 'Kent', 12], ['W15000002', 'Gwent', 7]],
    });
    expect(table).toMatchObject({ headerRow: 1, areaColumn: 1, titleLines: ['Kent'] });
    expect(table.columns.map((column) => column.text)).toEqual(['Code', 'Category 1']);
  });

  it('ends the table at the first blank row and skips note rows inside it', () => {
    const table = tableIn({
      name: 'S',
      rows: [['Area', 'Category 1'], ['Kent', 12], ['Gwent', 7], ['Source: Ministry of Justice'], [], ['Surrey', 99]],
    });
    expect(table.rows.map((row) => row.text)).toEqual(['Kent', 'Gwent']);
    expect(table.skippedRows).toEqual([{ row: 3, ref: 'A4', text: 'Source: Ministry of Justice' }]);
  });

  it('keeps rows whose area name it does not know, for the UI to ask about', () => {
    const table = tableIn({
      name: 'S',
      rows: [
        ['Area', 'Category 1'],
        ['Mercia', 4],
        ['Kent', 12],
      ],
    });
    expect(table.rows.map((row) => row.text)).toEqual(['Mercia', 'Kent']);
  });

  it('finds a table with no area name it knows from its headings and figures', () => {
    const table = tableIn({ name: 'S', rows: [['A title'], ['Region', 'Value'], ['North', 1], ['South', 2]] });
    expect(table).toMatchObject({ headerRow: 1, areaColumn: 0 });
    expect(table.rows.map((row) => row.text)).toEqual(['North', 'South']);
  });

  it('warns about cells stored as dates inside the table', () => {
    const table = tableIn({
      name: 'S',
      rows: [
        ['Area', 'Category 1'],
        ['Kent', new Date(Date.UTC(2023, 0, 5))],
        ['Gwent', 3],
      ],
    });
    expect(table.warnings).toEqual([expect.stringContaining('stored as dates, not numbers (B2)')]);
  });

  it('says when a sheet has no table', () => {
    const sheet = sheetNamed(readWorkbook(workbookBytes([{ name: 'Cover', rows: [['MAPPA statistics'], ['Contact: someone']] }], 'xlsx'), 'c.xlsx'), 'Cover');
    expect(findTable(sheet, fixtureAreas)).toEqual({ ok: false, message: 'No table with headings and figures was found in "Cover".' });
  });
});

describe('findTable: sparse rows', () => {
  it('reads title and note rows that start in a later column', () => {
    const table = tableIn({
      name: 'S',
      rows: [
        [null, 'A title in B1'],
        ['Area', 'Category 1'],
        ['Kent', 12],
        [null, 'Source: MoJ'],
      ],
    });
    expect(table.titleLines).toEqual(['A title in B1']);
    expect(table.skippedRows).toEqual([{ row: 3, ref: 'A4', text: 'Source: MoJ' }]);
  });
});

describe('findTable: the heading row, by evidence the reader sees', () => {
  /** The table: the first area row names its area as "West Mids" and holds its numbers as text, as many exported sheets do. */
  const textNumbers = (): SheetSpec => ({
    name: 'Table_3',
    rows: [
      ['Table 3: MAPPA-eligible offenders on 31 March 2023'],
      ['MAPPA area', 'Category 1 (RSOs)', 'Category 2', 'Category 3'],
      ['West Mids', '3,801', '1,797', '[x]'],
      ['Kent', '2,100', '900', '12'],
      ['Gwent', '700', '300', '-'],
    ],
  });

  it('reads a first row of numbers stored as text as data, never as a second heading row', () => {
    const table = tableIn(textNumbers());
    expect(table).toMatchObject({ headerRow: 1, bandRow: undefined, areaColumn: 0, headerByAreas: true });
    expect(table.columns.map((column) => column.text)).toEqual(['Category 1 (RSOs)', 'Category 2', 'Category 3']);
    expect(table.rows.map((row) => row.text)).toEqual(['West Mids', 'Kent', 'Gwent']);
    expect(table.headerEvidence).toBe(
      'Row 2 is the nearest row above the first area we know (row 4, “Kent”) whose cells are all words: numbers, even stored as text, are figures.',
    );
  });

  it('reads the same whether the numbers are stored as text or as numbers', () => {
    const asNumbers = textNumbers();
    asNumbers.rows = asNumbers.rows.map((row) =>
      row.map((cell) => (typeof cell === 'string' && /^[\d,]+$/.test(cell) ? Number(cell.replace(/,/g, '')) : cell)),
    );
    const { headerEvidence: _text, ...fromText } = tableIn(textNumbers());
    const { headerEvidence: _numbers, ...fromNumbers } = tableIn(asNumbers);
    expect(fromText).toEqual(fromNumbers);
  });

  it('takes the heading row the reader chooses, and says it was chosen', () => {
    const sheet = sheetNamed(readWorkbook(workbookBytes([textNumbers()], 'xlsx'), 't.xlsx'), 'Table_3');
    const found = findTable(sheet, fixtureAreas, { headerRow: 0 });
    if (!found.ok) throw new Error(found.message);
    expect(found.table).toMatchObject({ headerRow: 0, headerByAreas: false, headerEvidence: 'Row 1 is the heading row you chose.' });
  });

  it('takes a bare year as a heading, not a figure', () => {
    const table = tableIn({
      name: 'S',
      rows: [
        ['MAPPA area', '2021', '2022'],
        ['Kent', '2,100', '2,200'],
      ],
    });
    expect(table.headerRow).toBe(0);
    expect(table.columns.map((column) => column.text)).toEqual(['2021', '2022']);
  });
});
