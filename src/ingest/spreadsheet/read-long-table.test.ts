// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { findTable } from './find-table';
import { isLongTable, readLongTable } from './read-long-table';
import { readWorkbook } from './read-workbook';
import { workbookBytes } from './workbook-fixtures';
import { sheetNamed } from './workbook-model';

function longTable(rows: (string | number | null)[][]) {
  const sheet = sheetNamed(readWorkbook(workbookBytes([{ name: 'Data', rows }], 'xlsx'), 'long.xlsx'), 'Data');
  const found = findTable(sheet, fixtureAreas);
  if (!found.ok) throw new Error(found.message);
  return { sheet, table: found.table };
}

const HEADER = ['Area', 'Year', 'Measure', 'Measure ID', 'Value', 'Unit', 'Status', 'Source'];

describe('readLongTable', () => {
  it('reads each row’s area, year, measure, value and status', () => {
    const { sheet, table } = longTable([
      ['A title'],
      HEADER,
      ['Kent', '2021-22', 'Category 1', 'snapshot.total.category1', 1234, 'people', 'published', 'Kent report'],
    ]);
    expect(isLongTable(table)).toBe(true);
    const read = readLongTable(sheet, table, fixtureAreas);
    expect(read).toMatchObject({
      ok: true,
      rows: [
        { areaId: 'kent', year: '2021-22', measureId: 'snapshot.total.category1', reading: { kind: 'value', value: 1234 }, status: 'published', ref: 'E3' },
      ],
    });
  });

  it('says where a value and its status disagree', () => {
    const { sheet, table } = longTable([
      HEADER,
      ['Kent', '2021-22', 'Category 4', 'snapshot.total.category4', 0, 'people', 'not applicable', ''],
      ['Gwent', '2021-22', 'Category 1', 'snapshot.total.category1', '[x]', 'people', 'published', ''],
      ['Surrey', '2021-22', 'Category 1', 'snapshot.total.category1', 12, 'people', 'missing', ''],
    ]);
    const read = readLongTable(sheet, table, fixtureAreas);
    expect(read.ok && read.rows.map((row) => row.problem)).toEqual([
      'E2 should be [z] or "-": its status is "not applicable".',
      'E3 has no number, but its status is "published".',
      'E4 holds a number, but its status is "missing".',
    ]);
  });

  it('is not for a wide table', () => {
    const { sheet, table } = longTable([
      ['Area', 'Category 1'],
      ['Kent', 1],
    ]);
    expect(readLongTable(sheet, table, fixtureAreas)).toEqual({ ok: false, message: 'This table does not have measure, value and status columns.' });
  });
});
