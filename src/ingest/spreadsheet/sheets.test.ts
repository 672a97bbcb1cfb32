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
