import type { Area } from '../../domain/area';
import { AreaNameIndex } from '../common/area-names';
import type { ValueStatus } from '../../domain/value-status';
import { hasCategory4, type MappaYear } from '../../domain/years';
import { readCsvRows, unneutralise, type CsvRow } from './csv-rows';
import { numberProblem, type FigureValue } from '../common/figure-values';
import { isCategory4Figure, REPORT_FIGURE_IDS } from '../common/report-figure-ids';
import { normaliseYear } from '../common/year-text';
import { CSV_COLUMNS, TIDY_CSV_COLUMNS, VALUE_STATUSES } from '../../domain/tidy-csv';

type Column = (typeof TIDY_CSV_COLUMNS)[number];
/** Every other column the app's own CSV export writes (intervals, ranks, notes …): read past, never required. */
const OPTIONAL_COLUMNS: readonly string[] = CSV_COLUMNS.filter((column) => !(TIDY_CSV_COLUMNS as readonly string[]).includes(column));

export interface CsvIssue {
  line: number;
  field?: string;
  message: string;
}

export interface TidyCsvGroup {
  areaId: string;
  year: MappaYear;
  /** By figure id: a number, "-" (not applicable) or null (missing). Figures not in the file are absent. */
  figures: Record<string, FigureValue>;
  /** By figure id: the line of the file it was read from. */
  lines: Record<string, number>;
}

export type TidyCsvParse = { ok: true; groups: TidyCsvGroup[]; warnings: CsvIssue[] } | { ok: false; errors: CsvIssue[]; warnings: CsvIssue[] };

/** Whether a CSV's first line is the header of the app's own tidy CSV (so it is read as one, not as a table of areas). */
export function hasTidyCsvHeader(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const names = new Set(firstLine.split(',').map((field) => field.replace(/^"|"$/g, '').trim().toLowerCase()));
  return TIDY_CSV_COLUMNS.every((column) => names.has(column));
}

interface RowValue {
  areaId: string;
  year: MappaYear;
  figureId: string;
  value: FigureValue;
}

/**
 * Reads the app's own tidy CSV (as the CSV export writes it) back into report figures, grouped
 * by area and year. Rows of calculated rates and shares are skipped with a warning; anything
 * wrong in a report figure's row is an error naming its line and column.
 */
export function parseTidyCsv(text: string, areas: readonly Area[]): TidyCsvParse {
  const rows = readCsvRows(text);
  const header = rows[0];
  if (!header) return failure([{ line: 1, message: `The file is empty: it needs a header row (${TIDY_CSV_COLUMNS.join(',')}) and data rows.` }]);
  const columns = headerColumns(header);
  if ('errors' in columns) return failure(columns.errors);

  const errors: CsvIssue[] = [];
  const warnings: CsvIssue[] = columns.extra.map((name) => ({ line: header.line, message: `The column "${name}" is not one we read; it was ignored.` }));
  const areaIds = new Set(areas.map((area) => area.id));
  const areaNames = new AreaNameIndex(areas);
  const seen = new Map<string, { line: number; value: FigureValue }>();
  const groups = new Map<string, TidyCsvGroup>();

  for (const row of rows.slice(1)) {
    const read = readRow(row, columns, areaIds, errors, warnings, areaNames);
    if (!read) continue;
    const key = `${read.areaId}|${read.year}|${read.figureId}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.value !== read.value) {
        errors.push({
          line: row.line,
          field: 'value',
          message: `${read.figureId} for ${read.areaId} ${read.year} appears twice with different values: ${show(earlier.value)} on line ${earlier.line} and ${show(read.value)} here.`,
        });
      }
      continue;
    }
    seen.set(key, { line: row.line, value: read.value });
    const groupKey = `${read.areaId}|${read.year}`;
    const group = groups.get(groupKey) ?? { areaId: read.areaId, year: read.year, figures: {}, lines: {} };
    group.figures[read.figureId] = read.value;
    group.lines[read.figureId] = row.line;
    groups.set(groupKey, group);
  }
  if (rows.length === 1) errors.push({ line: 1, message: 'The file has a header row but no data rows.' });
  return errors.length > 0 ? failure(errors, warnings) : { ok: true, groups: [...groups.values()], warnings };
}

function failure(errors: CsvIssue[], warnings: CsvIssue[] = []): TidyCsvParse {
  return { ok: false, errors, warnings };
}

function show(value: FigureValue): string {
  return value === null ? 'missing' : value === '-' ? 'not applicable' : String(value);
}

interface HeaderColumns {
  index: Record<Column, number>;
  count: number;
  extra: string[];
}

function headerColumns(header: CsvRow): HeaderColumns | { errors: CsvIssue[] } {
  const names = header.fields.map((field) => unneutralise(field).trim().toLowerCase());
  const missing = TIDY_CSV_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const message =
      missing.length === TIDY_CSV_COLUMNS.length
        ? `The first row must be the header: ${TIDY_CSV_COLUMNS.join(',')}. This file's first row has none of these columns.`
        : `The header is missing ${missing.length === 1 ? 'the column' : 'the columns'} ${missing.join(', ')}.`;
    return { errors: [{ line: header.line, message }] };
  }
  const duplicated = TIDY_CSV_COLUMNS.filter((column) => names.indexOf(column) !== names.lastIndexOf(column));
  if (duplicated.length > 0) {
    return { errors: [{ line: header.line, message: `The header has the column ${duplicated.join(', ')} more than once.` }] };
  }
  const index = Object.fromEntries(TIDY_CSV_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<Column, number>;
  const known: readonly string[] = [...TIDY_CSV_COLUMNS, ...OPTIONAL_COLUMNS];
  return { index, count: names.length, extra: names.filter((name) => !known.includes(name)) };
}

function readRow(
  row: CsvRow,
  { index, count }: HeaderColumns,
  areaIds: ReadonlySet<string>,
  errors: CsvIssue[],
  warnings: CsvIssue[],
  areaNames: AreaNameIndex,
): RowValue | undefined {
  for (const problem of row.problems) errors.push({ line: row.line, message: problem });
  if (row.problems.length > 0) return undefined;
  if (row.fields.length !== count) {
    errors.push({ line: row.line, message: `The row has ${row.fields.length} fields; the header has ${count}.` });
    return undefined;
  }
  const field = (column: Column) => unneutralise(row.fields[index[column]] ?? '').trim();
  const issue = (column: Column, message: string) => errors.push({ line: row.line, field: column, message });
  const errorCount = errors.length;

  const figureId = field('measure_id');
  if (!REPORT_FIGURE_IDS.has(figureId)) {
    warnings.push({ line: row.line, field: 'measure_id', message: `Skipped "${figureId}": not a report figure (rates and shares are calculated here again).` });
    return undefined;
  }
  const status = field('value_status') as ValueStatus;
  if (status === 'calculated here' || status === 'cannot be calculated') {
    warnings.push({ line: row.line, field: 'value_status', message: `Skipped a value calculated here for ${figureId}: only published figures are imported.` });
    return undefined;
  }
  if (status === 'illustrative') {
    // A synthetic stand-in is never a real figure, whoever reads it back (as in the long table of a workbook).
    warnings.push({
      line: row.line,
      field: 'value_status',
      message: `Skipped ${figureId}: an illustrative (synthetic) value is never imported as a real figure.`,
    });
    return undefined;
  }
  if (status === 'no figure held') {
    // Says nothing about the real report: importing it as "not published" would invent a gap.
    warnings.push({
      line: row.line,
      field: 'value_status',
      message: `Skipped ${figureId}: the export held no figure for it, which says nothing about the report.`,
    });
    return undefined;
  }
  const areaId = field('area_id');
  if (!areaIds.has(areaId)) issue('area_id', `Unknown area id "${areaId}".`);
  else {
    // The name is what a person checks by eye: a row whose name says another area is not guessed either way.
    const areaName = field('area');
    const named = areaName === '' ? areaId : areaNames.match(areaName).match?.areaId;
    if (named !== areaId) issue('area', `The area "${areaName}" does not match the area id "${areaId}"; correct one of them.`);
  }
  const year = normaliseYear(field('year'));
  if (!year) issue('year', `"${field('year')}" is not a year like 2021-22.`);
  else if (isCategory4Figure(figureId) && !hasCategory4(year)) issue('measure_id', `${figureId}: category 4 did not exist in ${year}.`);
  if (!VALUE_STATUSES.includes(status)) {
    issue('value_status', `"${status}" is not a value status; expected one of: ${VALUE_STATUSES.join(', ')}.`);
    return undefined;
  }
  const warn = (message: string) => warnings.push({ line: row.line, field: 'value_status', message });
  const value = readValue(figureId, status, field('value'), (message) => issue('value', message), warn);
  if (errors.length > errorCount || !year || value === undefined) return undefined;
  return { areaId, year, figureId, value };
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function readValue(
  figureId: string,
  status: ValueStatus,
  text: string,
  error: (message: string) => void,
  warn: (message: string) => void,
): FigureValue | undefined {
  switch (status) {
    case 'not applicable':
    case 'missing':
      if (text !== '') {
        error(`A "${status}" row must have an empty value, not "${text}".`);
        return undefined;
      }
      return status === 'missing' ? null : '-';
    case 'sources disagree':
      if (NUMBER.test(text)) {
        warn(
          `${figureId}: published sources disagree; imported the value the export used (${text}). The other figures are in its source column, not imported.`,
        );
        return readValue(figureId, 'published', text, error, warn);
      }
      warn(`${figureId} is marked "${status}" with no value; imported as missing.`);
      return null;
    case 'data error':
      warn(`${figureId} is marked "${status}"${text === '' ? '' : ` (value "${text}")`}; imported as missing.`);
      return null;
    default: {
      if (text === '') {
        error(`The value is empty, but its status is "${status}".`);
        return undefined;
      }
      if (!NUMBER.test(text)) {
        error(`"${text}" is not a number.`);
        return undefined;
      }
      const value = Number(text);
      const problem = numberProblem(figureId, value);
      if (problem) {
        error(`${text} ${problem}.`);
        return undefined;
      }
      return value;
    }
  }
}
