// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { GssWorkbook } from './gss-workbook';
import { writeWorkbook } from './write-workbook';

const workbook: GssWorkbook = {
  title: 'A chart',
  exportedAt: new Date(Date.UTC(2024, 4, 1)),
  sheets: [
    { name: 'Cover', rows: [['A chart'], ['Contact: MAPPA team, mappa@example.gov.uk']], columnWidths: [100] },
    {
      name: 'Data',
      rows: [
        ['A chart'],
        ['Area', 'Year', 'Value'],
        ['Kent', '2021-22', 1234],
        ['=HYPERLINK("http://x","click")', '2021-22', '[z]'],
        ['Gwent', '2021-22', 145.3],
      ],
      headerRow: 1,
      columnWidths: [20, 10, 10],
    },
  ],
};

describe.each(['xlsx', 'ods'] as const)('writeWorkbook (%s)', (format) => {
  const bytes = writeWorkbook(workbook, format);
  const read = XLSX.read(bytes, { type: 'array', cellFormula: true });

  it('writes every sheet, in order, with no merged cells', () => {
    expect(read.SheetNames).toEqual(['Cover', 'Data']);
    for (const name of read.SheetNames) expect(read.Sheets[name]?.['!merges'] ?? []).toEqual([]);
  });

  it('stores numbers as numbers and text as text, never as a formula', () => {
    const data = read.Sheets.Data;
    expect(data?.C3).toMatchObject({ t: 'n', v: 1234 });
    expect(data?.C5).toMatchObject({ t: 'n', v: 145.3 });
    expect(data?.C4).toMatchObject({ t: 's', v: '[z]' });
    expect(data?.B3).toMatchObject({ t: 's', v: '2021-22' });
    expect(data?.A4).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","click")' });
    expect(data?.A4).not.toHaveProperty('f');
  });
});
