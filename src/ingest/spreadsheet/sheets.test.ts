import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { areaColumnQuestion, sheetOptionLabel, sheetOptions } from './sheets';
import type { TableLocation } from './find-table';
import type { SheetGrid, WorkbookSummary } from './workbook-model';

describe('sheets', () => {
  const sheet = (name: string, extra: Partial<SheetGrid> = {}): SheetGrid => ({
    name,
    title: undefined,
    rowCount: 2,
    columnCount: 1,
    rows: [[{ kind: 'text', text: 'Cover' }], [{ kind: 'text', text: 'MAPPA statistics' }]],
    merges: [],
    dateCells: [],
    ...extra,
  });

  it('lists every sheet with its size, says which are hidden or too large, and never suggests one that cannot be read', () => {
    const workbook = {
      fileName: 'f.xlsx',
      format: 'xlsx',
      sheets: [
        sheet('Huge', { rowCount: 0, rows: [], tooLarge: { rowCount: 150_000, maxRows: 100_000 } }),
        sheet('Cover', { title: 'Cover' }),
        sheet('Old', { hidden: true }),
      ],
    } as unknown as WorkbookSummary;
    const { options, suggested } = sheetOptions(workbook, fixtureAreas);
    expect(options.map(sheetOptionLabel)).toEqual(['Huge (too large to read: more than 100,000 rows)', 'Cover (2 rows)', 'Old (2 rows; a hidden sheet)']);
    expect(options[0]?.unavailable).toBeDefined();
    expect(suggested).toBe('Cover');
  });

  const areaSheet = (name: string, count: number, extra: Partial<SheetGrid> = {}): SheetGrid => {
    const rows = [
      [
        { kind: 'text' as const, text: 'MAPPA area' },
        { kind: 'text' as const, text: 'Category 1' },
      ],
      ...fixtureAreas
        .filter((area) => area.kind === 'area')
        .slice(0, count)
        .map((area, index) => [
          { kind: 'text' as const, text: area.name },
          { kind: 'number' as const, value: index },
        ]),
    ];
    return sheet(name, { rows, rowCount: rows.length, columnCount: 2, ...extra });
  };

  it('prefers a visible sheet to a hidden one with the same rows, and says why', () => {
    const workbook = { fileName: 'f.xlsx', format: 'xlsx', sheets: [areaSheet('Old', 42, { hidden: true }), areaSheet('Table_3', 42)] } as WorkbookSummary;
    const choice = sheetOptions(workbook, fixtureAreas);
    expect(choice.suggested).toBe('Table_3');
    expect(choice.reason).toBe(
      'Suggested: 42 of its rows name an area. The hidden sheet “Old” has as many, but hidden sheets are often old or working copies.',
    );
    // Even a hidden sheet with more rows does not win over a visible one that names areas.
    const more = { ...workbook, sheets: [areaSheet('Old', 42, { hidden: true }), areaSheet('Table_3', 12), areaSheet('Notes', 0)] } as WorkbookSummary;
    expect(sheetOptions(more, fixtureAreas)).toMatchObject({
      suggested: 'Table_3',
      reason:
        'Suggested: 12 of its rows name an area, more than any other visible sheet. The hidden sheet “Old” has more (42), but hidden sheets are often old or working copies.',
    });
  });

  it('suggests a hidden sheet only when no visible sheet names an area, and says it is hidden', () => {
    const workbook = { fileName: 'f.xlsx', format: 'xlsx', sheets: [sheet('Cover'), areaSheet('Data', 42, { hidden: true })] } as WorkbookSummary;
    expect(sheetOptions(workbook, fixtureAreas)).toMatchObject({
      suggested: 'Data',
      reason: 'Suggested: 42 of its rows name an area, and no visible sheet names an area. It is hidden: check it is the table you mean.',
    });
  });

  it('asks which column names the areas only when no cell names one', () => {
    const grid = sheet('Table_3', {
      columnCount: 2,
      rows: [
        [
          { kind: 'text', text: 'Area' },
          { kind: 'text', text: 'Total' },
        ],
      ],
    });
    const table = { headerRow: 0, areaColumn: 0 } as TableLocation;
    const found = areaColumnQuestion('tables.xlsx', grid, table);
    expect(found).toMatchObject({ id: 'area-column|tables.xlsx|Table_3', what: 'Which column names the areas?', suggested: '0', settled: true });
    expect(found.choices).toEqual([
      { value: '0', label: 'Column A: Area' },
      { value: '1', label: 'Column B: Total' },
    ]);
    const unknown = areaColumnQuestion('tables.xlsx', grid, { ...table, areaColumn: undefined });
    expect(unknown).toMatchObject({ why: 'We could not tell: choose the column with the area names.', settled: false });
    expect(unknown.suggested).toBeUndefined();
  });
});
