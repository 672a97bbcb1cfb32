import type { ChartRow, ChartSpec } from '../../../domain/chart-row';
import { hasDrawableValue } from '../../../domain/value-status';
import { csvRecord, type CsvColumn } from '../csv';
import { CSV_COLUMNS } from '../../../domain/tidy-csv';
import { exportContact } from '../export-contact';
import { formatExportDate } from '../export-date';
import { fittedWidths, type GssCell, type GssSheet, type GssWorkbook } from './gss-workbook';

/** GSS shorthand: written in the value cell, with the status spelled out in its own column. */
export const NOT_APPLICABLE_SYMBOL = '[z]';
export const NOT_PUBLISHED_SYMBOL = '[x]';

export const SHEET_NAMES = { cover: 'Cover', contents: 'Contents', notes: 'Notes', data: 'Data' } as const;

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
export function chartWorkbook(
  spec: ChartSpec,
  exportedAt: Date,
  { productName = 'MAPPA Compare', contact = exportContact() }: WorkbookOptions = {},
): GssWorkbook {
  const data = dataSheet(spec);
  return {
    title: spec.title,
    exportedAt,
    sheets: [coverSheet(spec, exportedAt, productName, contact), contentsSheet(spec), notesSheet(spec), data],
  };
}

export interface WorkbookOptions {
  productName?: string | undefined;
  /** Who to contact about the figures (`exportContact()`, a build setting); no contact line without one. */
  contact?: string | undefined;
}

function coverSheet(spec: ChartSpec, exportedAt: Date, productName: string, contact: string | undefined): GssSheet {
  const lines = [
    spec.title,
    spec.subtitle,
    spec.summary,
    withSourceLabel(spec.sourceLine),
    `Date exported: ${formatExportDate(exportedAt)}`,
    contact ? `Contact: ${contact}` : '',
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

/** The heading of each CSV column in the Data sheet: every column the CSV has, in its order, under a heading in words. */
export const DATA_HEADINGS: Record<CsvColumn, string> = {
  area: 'Area',
  area_id: 'Area ID',
  year: 'Year',
  measure: 'Measure',
  measure_id: 'Measure ID',
  series: 'Series',
  value: 'Value',
  unit: 'Unit',
  value_status: 'Status',
  source: 'Source',
  count: 'Count',
  count_status: 'Count status',
  count_source: 'Count source',
  lower_95: 'Lower 95% limit',
  upper_95: 'Upper 95% limit',
  interval_method: 'Interval method',
  interval_status: 'Interval status',
  compared_with_england_and_wales: 'Compared with England and Wales',
  comparison_status: 'Comparison status',
  count_of: 'Count of',
  denominator: 'Denominator',
  rank: 'Rank',
  rank_status: 'Rank status',
  rank_among_published: 'Rank among published figures',
  rank_range_95: 'Range of ranks allowing for chance (95%)',
  change_since_year_before: 'Change since the year before',
  change_status: 'Change status',
  funnel_position: 'Position against the funnel limits',
  funnel_position_status: 'Funnel position status',
  notes: 'Notes',
  geography_level: 'Geography level',
  region_figure: 'Region figure',
};

/**
 * How a column's cell is written where it differs from the CSV's text. Numbers are numbers; where a
 * number could stand but there is none, GSS shorthand says why: [z] the column does not apply to the
 * row (a count beside a count, an interval around a count, a rank of England and Wales), [x] it
 * applies but there is no figure.
 * Any other column (a new one too) is the CSV's text, or an empty cell where the CSV has none.
 */
const CELLS: Partial<Record<CsvColumn, (row: ChartRow, text: string, spec: ChartSpec) => GssCell>> = {
  value: (row, text) => (text === '' ? valueCell(row) : Number(text)),
  count: (row, text) => (text !== '' ? Number(text) : row.basis ? NOT_PUBLISHED_SYMBOL : NOT_APPLICABLE_SYMBOL),
  // A count is a whole population, not a sample: it has no interval to give ([z]), unlike a rate or share without one ([x]).
  lower_95: (row, text) => (text !== '' ? Number(text) : row.basis ? NOT_PUBLISHED_SYMBOL : NOT_APPLICABLE_SYMBOL),
  upper_95: (row, text) => (text !== '' ? Number(text) : row.basis ? NOT_PUBLISHED_SYMBOL : NOT_APPLICABLE_SYMBOL),
  rank: (row, text) => (text !== '' ? Number(text) : row.rank && !row.isReference ? NOT_PUBLISHED_SYMBOL : NOT_APPLICABLE_SYMBOL),
  change_since_year_before: (row, text) => (text !== '' ? Number(text) : row.change ? NOT_PUBLISHED_SYMBOL : NOT_APPLICABLE_SYMBOL),
  // GSS: a row points to its notes in the Notes worksheet ("[note 1]"); the CSV writes them out in full.
  notes: (row, _text, spec) =>
    (row.noteNumbers ?? [])
      .filter((number) => spec.notes[number - 1] !== undefined)
      .map((number) => `[${noteLabel(number)}]`)
      .join(' ') || null,
};

export interface DataColumn {
  /** The CSV column this one carries. */
  csvColumn: CsvColumn;
  heading: string;
  /** The cell of a row, from the row's CSV record. */
  cell: (row: ChartRow, record: Record<CsvColumn, string>, spec: ChartSpec) => GssCell;
}

/** Every column of the chart's CSV, in the CSV's order: the spreadsheet is as complete as the CSV. */
export function dataColumns(): DataColumn[] {
  return CSV_COLUMNS.map((csvColumn) => {
    const written = CELLS[csvColumn];
    return {
      csvColumn,
      heading: DATA_HEADINGS[csvColumn],
      cell: (row, record, spec) => {
        const text = record[csvColumn];
        return written ? written(row, text, spec) : text === '' ? null : text;
      },
    };
  });
}

/** A number where there is one to draw; otherwise the GSS symbol for why not. */
export function valueCell(row: ChartRow): GssCell {
  if (row.value !== undefined && Number.isFinite(row.value) && hasDrawableValue(row.status)) return row.value;
  return row.status === 'not applicable' ? NOT_APPLICABLE_SYMBOL : NOT_PUBLISHED_SYMBOL;
}

function dataSheet(spec: ChartSpec): GssSheet {
  const columns = dataColumns();
  const above: GssCell[][] = [
    [spec.title],
    [`${ONE_TABLE} [z] means not applicable and [x] means not published: neither is zero. Notes are in the ${SHEET_NAMES.notes} worksheet.`],
    ...(spec.subtitle.trim() ? [[spec.subtitle]] : []),
    [withSourceLabel(spec.sourceLine)],
  ];
  const header = columns.map((column) => column.heading);
  const body = spec.rows.map((row) => {
    const record = csvRecord(row, spec.notes);
    return columns.map((column) => column.cell(row, record, spec));
  });
  return { name: SHEET_NAMES.data, rows: [...above, header, ...body], headerRow: above.length, columnWidths: fittedWidths([header, ...body]) };
}

function withSourceLabel(sourceLine: string): string {
  const line = sourceLine.trim();
  return /^source:/i.test(line) ? line : `Source: ${line}`;
}
