import type { ChartRow, ChartSpec } from '../../../domain/chart-row';
import { hasDrawableValue } from '../../../domain/value-status';
import { csvRecord } from '../csv';
import { formatExportDate } from '../export-date';
import { fittedWidths, type GssCell, type GssSheet, type GssWorkbook } from './gss-workbook';

/** GSS shorthand: written in the value cell, with the status spelled out in its own column. */
export const NOT_APPLICABLE_SYMBOL = '[z]';
export const NOT_PUBLISHED_SYMBOL = '[x]';

export const SHEET_NAMES = { cover: 'Cover', contents: 'Contents', notes: 'Notes', data: 'Data' } as const;

export const CONTACT_PLACEHOLDER = 'Contact: [add contact details]';

/** The honesty rules of the app, as one paragraph for the cover sheet. */
export const HONESTY_PARAGRAPH =
  'How to read these figures: "-" or [z] means not applicable, which is not zero. ' +
  '[x] means not published (or not available), which is not zero. ' +
  'Illustrative values are synthetic stand-ins, not real statistics, and their Status is "illustrative". ' +
  'Published totals are shown as published, even where they do not add up to their parts. ' +
  'Where published sources disagree, every figure is listed with its source in the Source column, and the Value column holds the one used, for the reason given there.';

const ONE_TABLE = 'This worksheet contains one table.';

/**
 * The workbook of a chart: a cover sheet, a table of contents, the notes and the data table,
 * one row per chart row. Values are numbers; a value that is not applicable or not published
 * is [z] or [x], never 0 and never blank, and its status is spelt out beside it.
 */
export function chartWorkbook(spec: ChartSpec, exportedAt: Date, productName = 'MAPPA Compare'): GssWorkbook {
  const data = dataSheet(spec);
  return {
    title: spec.title,
    exportedAt,
    sheets: [coverSheet(spec, exportedAt, productName), contentsSheet(spec), notesSheet(spec), data],
  };
}

function coverSheet(spec: ChartSpec, exportedAt: Date, productName: string): GssSheet {
  const lines = [
    spec.title,
    spec.subtitle,
    spec.summary,
    withSourceLabel(spec.sourceLine),
    `Date exported: ${formatExportDate(exportedAt)}`,
    CONTACT_PLACEHOLDER,
    HONESTY_PARAGRAPH,
    spec.includesIllustrative
      ? 'This workbook includes illustrative data: values with the Status "illustrative" are synthetic and must not be quoted as MAPPA statistics.'
      : '',
    `Exported from ${productName}. The figures are in the ${SHEET_NAMES.data} worksheet; notes are in the ${SHEET_NAMES.notes} worksheet.`,
  ].filter((line) => line.trim() !== '');
  return { name: SHEET_NAMES.cover, rows: lines.map((line) => [line]), columnWidths: [100] };
}

function contentsSheet(spec: ChartSpec): GssSheet {
  const rows: GssCell[][] = [
    ['Table of contents'],
    [ONE_TABLE],
    ['Worksheet name', 'Worksheet title'],
    [SHEET_NAMES.cover, 'About this workbook, how to read the figures and who to contact'],
    [SHEET_NAMES.notes, 'Notes on the figures'],
    [SHEET_NAMES.data, spec.title],
  ];
  return { name: SHEET_NAMES.contents, rows, headerRow: 2, columnWidths: fittedWidths(rows, 2) };
}

function notesSheet(spec: ChartSpec): GssSheet {
  if (spec.notes.length === 0) {
    return { name: SHEET_NAMES.notes, rows: [['Notes'], ['There are no notes for this chart.']], columnWidths: [60] };
  }
  const rows: GssCell[][] = [['Notes'], [ONE_TABLE], ['Note number', 'Note text'], ...spec.notes.map((note, index) => [noteLabel(index + 1), note])];
  return { name: SHEET_NAMES.notes, rows, headerRow: 2, columnWidths: [12, 100] };
}

function noteLabel(number: number): string {
  return `note ${number}`;
}

export interface DataColumn {
  heading: string;
  cell: (row: ChartRow, spec: ChartSpec) => GssCell;
}

const AREA_COLUMNS: DataColumn[] = [
  { heading: 'Area', cell: (row) => row.areaName },
  { heading: 'Area ID', cell: (row) => row.areaId },
  { heading: 'Year', cell: (row) => row.year },
  { heading: 'Measure', cell: (row) => row.measureLabel },
  { heading: 'Measure ID', cell: (row) => row.measureId },
];
const SERIES_COLUMN: DataColumn = { heading: 'Series', cell: (row) => row.series ?? null };
const VALUE_COLUMNS: DataColumn[] = [
  { heading: 'Value', cell: valueCell },
  { heading: 'Unit', cell: (row) => row.unit },
  { heading: 'Status', cell: (row) => row.status },
  // The same wording as the CSV: every disputed figure with its source, and why one is used.
  { heading: 'Source', cell: (row, spec) => csvRecord(row, spec.notes).source },
];
const BASIS_COLUMNS: DataColumn[] = [
  { heading: 'Count', cell: (row) => (row.basis ? (row.basis.count ?? NOT_PUBLISHED_SYMBOL) : NOT_APPLICABLE_SYMBOL) },
  { heading: 'Count of', cell: (row) => row.basis?.countLabel ?? null },
  { heading: 'Denominator', cell: (row) => row.basis?.denominator ?? null },
];
/** Limits of the 95% interval as numbers; [x] where the row has none (no figure, or an input missing). */
const INTERVAL_COLUMNS: DataColumn[] = [
  { heading: 'Lower 95% limit', cell: (row) => limitCell(row, 'lower') },
  { heading: 'Upper 95% limit', cell: (row) => limitCell(row, 'upper') },
  { heading: 'Interval method', cell: (row, spec) => csvRecord(row, spec.notes).interval_method || null },
  { heading: 'Interval status', cell: (row, spec) => csvRecord(row, spec.notes).interval_status || null },
];
const COMPARISON_COLUMNS: DataColumn[] = [
  { heading: 'Compared with England and Wales', cell: (row) => row.comparison?.result ?? null },
  { heading: 'Comparison status', cell: (row, spec) => csvRecord(row, spec.notes).comparison_status || null },
];

function limitCell(row: ChartRow, which: 'lower' | 'upper'): GssCell {
  const limit = row.interval?.[which];
  if (limit === undefined || typeof valueCell(row) !== 'number') return NOT_PUBLISHED_SYMBOL;
  return Math.round(limit * 100) / 100;
}

const NOTES_COLUMN: DataColumn = {
  heading: 'Notes',
  cell: (row, spec) =>
    (row.noteNumbers ?? [])
      .filter((number) => spec.notes[number - 1] !== undefined)
      .map((number) => `[${noteLabel(number)}]`)
      .join(' ') || null,
};

export function dataColumns(spec: ChartSpec): DataColumn[] {
  return [
    ...AREA_COLUMNS,
    ...(spec.rows.some((row) => row.series) ? [SERIES_COLUMN] : []),
    ...VALUE_COLUMNS,
    ...(spec.rows.some((row) => row.basis) ? BASIS_COLUMNS : []),
    ...(spec.rows.some((row) => row.interval) ? INTERVAL_COLUMNS : []),
    ...(spec.rows.some((row) => row.comparison) ? COMPARISON_COLUMNS : []),
    NOTES_COLUMN,
  ];
}

/** A number where there is one to draw; otherwise the GSS symbol for why not. */
export function valueCell(row: ChartRow): GssCell {
  if (row.value !== undefined && Number.isFinite(row.value) && hasDrawableValue(row.status)) return row.value;
  return row.status === 'not applicable' ? NOT_APPLICABLE_SYMBOL : NOT_PUBLISHED_SYMBOL;
}

function dataSheet(spec: ChartSpec): GssSheet {
  const columns = dataColumns(spec);
  const above: GssCell[][] = [
    [spec.title],
    [`${ONE_TABLE} [z] means not applicable and [x] means not published: neither is zero. Notes are in the ${SHEET_NAMES.notes} worksheet.`],
    ...(spec.subtitle.trim() ? [[spec.subtitle]] : []),
    [withSourceLabel(spec.sourceLine)],
  ];
  const header = columns.map((column) => column.heading);
  const body = spec.rows.map((row) => columns.map((column) => column.cell(row, spec)));
  return { name: SHEET_NAMES.data, rows: [...above, header, ...body], headerRow: above.length, columnWidths: fittedWidths([header, ...body]) };
}

function withSourceLabel(sourceLine: string): string {
  const line = sourceLine.trim();
  return /^source:/i.test(line) ? line : `Source: ${line}`;
}
