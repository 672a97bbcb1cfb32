import Papa from 'papaparse';
import { hasDrawableValue, type ChartRow, type ChartSpec } from '../charts/chart-data';
import type { Provenance } from '../data/provenance';

export const CSV_COLUMNS = ['area', 'area_id', 'year', 'measure', 'measure_id', 'series', 'value', 'unit', 'value_status', 'source'] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const BYTE_ORDER_MARK = '\uFEFF';
const CRLF = '\r\n';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection),
 * so such text gets a leading apostrophe and is shown as typed.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * The tidy CSV of a chart: one line per drawn row, in the chart's order, with the value's
 * status and source. The UTF-8 byte order mark makes Excel read names such as "Ynys Môn" right.
 */
export function chartRowsToCsv(spec: ChartSpec, _exportedAt: Date): string {
  // The export date goes into the file name and the pack README, not into the tidy table.
  return tidyCsv(spec.rows);
}

export function tidyCsv(rows: readonly ChartRow[]): string {
  const data = rows.map((row) => {
    const record = csvRecord(row);
    return CSV_COLUMNS.map((column) => (column === 'value' ? record.value : neutraliseFormula(record[column])));
  });
  // With no data rows Papa ends the header with a newline; keep the file's shape the same.
  const text = data.length === 0 ? CSV_COLUMNS.join(',') : Papa.unparse({ fields: [...CSV_COLUMNS], data }, { quotes: false, newline: CRLF });
  return BYTE_ORDER_MARK + text;
}

/** One row as the text of each column, before formula neutralising. */
export function csvRecord(row: ChartRow): Record<CsvColumn, string> {
  return {
    area: row.areaName,
    area_id: row.areaId,
    year: row.year,
    measure: row.measureLabel,
    measure_id: row.measureId,
    series: row.series ?? '',
    value: csvValue(row),
    unit: row.unit,
    value_status: row.status,
    source: csvSource(row),
  };
}

function csvValue(row: ChartRow): string {
  if (row.value === undefined || !Number.isFinite(row.value) || !hasDrawableValue(row.status)) return '';
  // String() never adds thousands separators; exponent notation only appears beyond 1e21.
  return String(row.value);
}

function csvSource(row: ChartRow): string {
  if (row.cell.kind !== 'disputed') return row.source;
  return row.cell.claims.map((claim) => `${String(claim.value)} (${claimSourceName(claim.source)})`).join('; ');
}

function claimSourceName(source: Provenance): string {
  switch (source.kind) {
    case 'published-report':
    case 'published-press':
      return source.title;
    case 'illustrative':
      return 'illustrative';
    case 'imported':
      return `imported from ${source.fileName}`;
  }
}
