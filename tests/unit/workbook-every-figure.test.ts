// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { everyFigure } from '../helpers/every-figure';
import { chartRowsToCsv, type CsvColumn } from '../../src/shared/export/csv';
import { chartWorkbook, DATA_HEADINGS, SHEET_NAMES } from '../../src/shared/export/spreadsheet/chart-workbook';
import { writeWorkbook } from '../../src/shared/export/spreadsheet/write-workbook';

const EXPORTED_AT = new Date(Date.UTC(2024, 4, 1, 12));
const figures = await everyFigure();

/** The rows of a workbook's Data sheet as a spreadsheet program reads them: parsed with the library from the file's bytes. */
function dataRows(bytes: Uint8Array): unknown[][] {
  const book = XLSX.read(bytes, { type: 'array' });
  const sheet = book.Sheets[SHEET_NAMES.data];
  if (!sheet) throw new Error(`no ${SHEET_NAMES.data} sheet in ${book.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
}

describe.each(['ods', 'xlsx'] as const)('every chart’s %s Data sheet is as complete as its CSV', (format) => {
  it('walks every chart kind and view', () => {
    expect(figures.length).toBeGreaterThanOrEqual(19);
  });

  it.each(figures.map(({ name, figure }) => [name, figure.spec] as const))('%s', (_name, spec) => {
    const csv = Papa.parse<string[]>(chartRowsToCsv(spec, EXPORTED_AT).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const [csvHeader = [], ...csvBody] = csv;
    const rows = dataRows(writeWorkbook(chartWorkbook(spec, EXPORTED_AT), format));
    const headerIndex = rows.findIndex((row) => row[0] === DATA_HEADINGS.area);
    expect(headerIndex).toBeGreaterThan(0);
    const header = rows[headerIndex] ?? [];
    // Every CSV column, in the CSV's order, under its heading in words.
    expect(header).toEqual(csvHeader.map((column) => DATA_HEADINGS[column as CsvColumn]));
    // One Data row per CSV line, with the same area, measure and status.
    const body = rows.slice(headerIndex + 1);
    expect(body).toHaveLength(csvBody.length);
    const cell = (row: unknown[] | undefined, column: CsvColumn) => row?.[header.indexOf(DATA_HEADINGS[column])];
    csvBody.forEach((line, index) => {
      const row = body[index];
      for (const column of ['area_id', 'measure_id', 'value_status'] as const) expect(cell(row, column)).toBe(line[csvHeader.indexOf(column)]);
    });
  });
});
