import Papa from 'papaparse';
import type { ChartRow, ChartSpec } from '../../domain/chart-row';
import { hasDrawableValue } from '../../domain/value-status';
import { statusOfDerived } from '../../domain/trust';
import { METHOD_IDS } from '../model/intervals';
import { claimSourceNames } from '../../domain/disputes';
import { cleanExportText } from '../../lib/export-text';
import { CSV_COLUMNS } from '../../domain/tidy-csv';
import type { AreaKind } from '../../domain/area';

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Written as plain numbers (a negative change is a number, not a formula). */
const NUMERIC_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>(['value', 'count', 'lower_95', 'upper_95', 'rank', 'change_since_year_before']);

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
  return tidyCsv(spec.rows, spec.notes);
}

/**
 * Rates and shares carry the count and denominator they come from; every row carries, in full,
 * the chart notes that apply to it, numbered as in the exported image.
 */
export function tidyCsv(rows: readonly ChartRow[], notes: readonly string[] = []): string {
  // Names and notes come from data: cleaned first, so a control character cannot hide a formula from the check after it.
  const data = rows.map((row) => {
    const record = csvRecord(row, notes);
    return CSV_COLUMNS.map((column) => (NUMERIC_COLUMNS.has(column) ? record[column] : neutraliseFormula(cleanExportText(record[column]))));
  });
  // With no data rows Papa ends the header with a newline; keep the file's shape the same.
  const text = data.length === 0 ? CSV_COLUMNS.join(',') : Papa.unparse({ fields: [...CSV_COLUMNS], data }, { quotes: false, newline: CRLF });
  return BYTE_ORDER_MARK + text;
}

const GEOGRAPHY_LEVEL_TEXT: Record<AreaKind, string> = { area: 'area', region: 'probation region', national: 'England and Wales' };

/** One row as the text of each column, before formula neutralising. */
export function csvRecord(row: ChartRow, notes: readonly string[] = []): Record<CsvColumn, string> {
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
    count: row.basis?.count === undefined ? '' : numberText(row.basis.count),
    count_status: row.basis ? row.basis.countStatus : '',
    count_source: row.basis ? row.basis.countSource : '',
    // An interval, and the comparison made with it, is as trustworthy as its weakest input.
    lower_95: hasInterval(row) ? limit(row.interval?.lower) : '',
    upper_95: hasInterval(row) ? limit(row.interval?.upper) : '',
    interval_method: hasInterval(row) && row.interval ? METHOD_IDS[row.interval.method] : '',
    interval_status: hasInterval(row) && row.interval ? statusOfDerived(row.interval.trust) : '',
    compared_with_england_and_wales: row.comparison?.result ?? '',
    comparison_status: row.comparison?.trust ? statusOfDerived(row.comparison.trust) : '',
    count_of: row.basis?.countLabel ?? '',
    denominator: row.basis?.denominator ?? '',
    // A rank or change is as trustworthy as the figures it is built from: its status says how far.
    rank: row.rank?.rank === undefined ? '' : String(row.rank.rank),
    rank_status: row.rank?.trust ? statusOfDerived(row.rank.trust) : '',
    rank_among_published: row.rank?.amongReal ?? '',
    rank_range_95: row.rank?.range ?? '',
    change_since_year_before: row.change?.difference === undefined ? '' : numberText(row.change.difference),
    change_status: row.change?.trust ? statusOfDerived(row.change.trust) + (row.change.seriesBreak ? '; across the 2021 census series break' : '') : '',
    funnel_position: row.funnel?.text ?? '',
    funnel_position_status: row.funnel?.trust ? statusOfDerived(row.funnel.trust) : '',
    notes: (row.noteNumbers ?? []).flatMap((number) => (notes[number - 1] ? [`[${number}] ${notes[number - 1] ?? ''}`] : [])).join(' | '),
    geography_level: row.level ? GEOGRAPHY_LEVEL_TEXT[row.level] : '',
    region_figure: row.regionFigure ?? '',
  };
}

function hasInterval(row: ChartRow): boolean {
  return row.interval !== undefined && csvValue(row) !== '';
}

/** Limits to two decimal places: enough to redraw the interval, without spurious precision. */
function limit(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value * 100) / 100);
}

function csvValue(row: ChartRow): string {
  if (row.value === undefined || !Number.isFinite(row.value) || !hasDrawableValue(row.status)) return '';
  return numberText(row.value);
}

/**
 * A number as a file writes it, at the precision of the figures it comes from: 0.7 for a change
 * worked out as 0.6999999999999997 (binary floating point), 145.2 for 145.2, never more digits than
 * the inputs had. Twelve significant digits hold any MAPPA figure exactly; String() never adds
 * thousands separators, and writes exponents only beyond 1e21.
 */
export function numberText(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function csvSource(row: ChartRow): string {
  if (!row.dispute) return row.source;
  const { chosen, others } = row.dispute;
  const claims = [chosen, ...others].map((claim) => `${String(claim.value)} (${claimSourceNames(claim)})`).join('; ');
  return `Sources disagree: ${claims}. ${String(chosen.value)} used because ${row.dispute.reason}`;
}
