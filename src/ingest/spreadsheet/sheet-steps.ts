import type { Area } from '../../domain/area';
import { TABLE_LABELS, type GridTableId } from '../../domain/labels';
import { isMappaYear, type MappaYear } from '../../domain/years';
import { cellRef, columnLetters } from './cell-ref';
import { findTable, type HeaderColumn, type TableLocation } from './find-table';
import { figureChoices, type ColumnSuggestion, type FigureChoice, type MappingConfidence } from './map-columns';
import type { AreaMatchKind, AreaRowMatch, NamedRow } from '../common/area-names';
import type { AreaRowChoice, ColumnChoice } from './spreadsheet-import';
import { detectSheetYear, type SheetYear } from './sheet-year';
import type { SheetGrid, WorkbookSummary } from './workbook-model';
import { cellAt, cellText } from './workbook-model';

/** The value of a select for a row or column that is not imported. */
export const LEAVE_OUT = 'leave-out';

export interface SheetOption {
  name: string;
  title: string | undefined;
  rowCount: number;
  hidden: boolean;
  /** Why it cannot be chosen: too large, or empty. */
  unavailable: string | undefined;
  /** Rows of the sheet's table whose first cell names an area we know. */
  areaRows: number;
}

/** Every sheet with its title, and why one cannot be read; the one with the most area rows is suggested. */
export function sheetOptions(workbook: WorkbookSummary, areas: readonly Area[]): { options: SheetOption[]; suggested: string | undefined } {
  const options = workbook.sheets.map((sheet): SheetOption => {
    const unavailable = sheet.tooLarge
      ? `too large to read: more than ${sheet.tooLarge.maxRows.toLocaleString('en-GB')} rows`
      : sheet.rowCount === 0
        ? 'empty'
        : undefined;
    const found = unavailable ? undefined : findTable(sheet, areas);
    return {
      name: sheet.name,
      title: sheet.title,
      rowCount: sheet.tooLarge?.rowCount ?? sheet.rowCount,
      hidden: sheet.hidden === true,
      unavailable,
      areaRows: found?.ok ? found.table.rows.length : 0,
    };
  });
  const readable = options.filter((option) => !option.unavailable);
  const best = readable.reduce<SheetOption | undefined>((most, option) => (option.areaRows > (most?.areaRows ?? 0) ? option : most), undefined);
  return { options, suggested: (best ?? readable[0])?.name };
}

/** "Table_2: Table 2: MAPPA-eligible offenders… (47 rows, hidden)". */
export function sheetOptionLabel(option: SheetOption): string {
  const size = `${option.rowCount.toLocaleString('en-GB')} ${option.rowCount === 1 ? 'row' : 'rows'}`;
  const notes = [option.unavailable ?? size, ...(option.hidden ? ['a hidden sheet'] : [])];
  const title = option.title && option.title !== option.name ? `: ${option.title.length > 90 ? `${option.title.slice(0, 89)}…` : option.title}` : '';
  return `${option.name}${title} (${notes.join('; ')})`;
}

export interface AreaColumnOption {
  column: number;
  label: string;
}

/** The columns that could name the areas: the first ten, by letter and heading. */
export function areaColumnOptions(sheet: SheetGrid, table: TableLocation): AreaColumnOption[] {
  const count = Math.min(sheet.columnCount, 10);
  return Array.from({ length: count }, (_, column) => {
    const heading = cellText(cellAt(sheet, table.headerRow, column));
    return { column, label: `Column ${columnLetters(column)}${heading ? `: ${heading}` : ''}` };
  });
}

/**
 * The table read with another column as the area column: the rows keep their place (every
 * non-blank row of the table), named by the chosen column's cells; the old area column becomes
 * a figure column again.
 */
export function withAreaColumn(sheet: SheetGrid, table: TableLocation, column: number): TableLocation {
  if (column === table.areaColumn) return table;
  const all = [...table.rows, ...table.skippedRows].sort((a, b) => a.row - b.row);
  const named = all.map((row): NamedRow => ({ row: row.row, ref: cellRef(row.row, column), text: cellText(cellAt(sheet, row.row, column)) }));
  const formerArea: HeaderColumn[] =
    table.areaColumn === undefined
      ? []
      : [
          {
            column: table.areaColumn,
            ref: cellRef(table.headerRow, table.areaColumn),
            text: cellText(cellAt(sheet, table.headerRow, table.areaColumn)),
            fromMerge: false,
          },
        ];
  const columns = [...table.columns.filter((header) => header.column !== column), ...formerArea].sort((a, b) => a.column - b.column);
  return {
    ...table,
    areaColumn: column,
    columns,
    rows: named.filter((row) => row.text !== ''),
    skippedRows: named.filter((row) => row.text === ''),
  };
}

const MATCH_WORDS: Record<AreaMatchKind, string> = {
  exact: 'the same name',
  variant: 'the same words written differently',
  alias: 'another name for this area',
};

/** How a name was matched, for the review: "the same words written differently". */
export function matchWords(row: AreaRowMatch): string {
  if (!row.match) return 'not matched: choose';
  if (row.duplicateOfRow !== undefined) return `${MATCH_WORDS[row.match.how]}, but row ${row.duplicateOfRow + 1} is the same area: choose`;
  return MATCH_WORDS[row.match.how];
}

/** By row index: an area id, LEAVE_OUT, or '' (not chosen yet). Matches are preselected; nothing else is guessed. */
export type AreaChoices = Readonly<Record<number, string>>;

export function initialAreaChoices(rows: readonly AreaRowMatch[]): AreaChoices {
  return Object.fromEntries(rows.map((row) => [row.row, row.match && row.duplicateOfRow === undefined ? row.match.areaId : '']));
}

export interface ChoiceProblem {
  /** The row or column the problem is about, for the link to its select. */
  at: number;
  message: string;
}

/** The rows to read as areas, or what is still to choose: every row chosen or left out, no area twice. */
export function checkAreaChoices(
  rows: readonly AreaRowMatch[],
  choices: AreaChoices,
  nameOf: (areaId: string) => string,
): { chosen: AreaRowChoice[]; problems: ChoiceProblem[] } {
  const problems: ChoiceProblem[] = [];
  const chosen: AreaRowChoice[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const choice = choices[row.row] ?? '';
    if (choice === '') {
      problems.push({ at: row.row, message: `Choose the area for row ${row.row + 1} (“${row.text}”), or leave it out.` });
      continue;
    }
    if (choice === LEAVE_OUT) continue;
    const earlier = firstRowOf.get(choice);
    if (earlier !== undefined) {
      problems.push({
        at: row.row,
        message: `Rows ${earlier + 1} and ${row.row + 1} are both ${nameOf(choice)}: choose another area for one, or leave it out.`,
      });
      continue;
    }
    firstRowOf.set(choice, row.row);
    chosen.push({ row: row.row, areaId: choice });
  }
  return { chosen, problems };
}

/** By column index: a figure id or LEAVE_OUT. */
export type ColumnChoices = Readonly<Record<number, string>>;

/** Every suggestion preselected; a column with none is left out. */
export function initialColumnChoices(suggestions: readonly ColumnSuggestion[]): ColumnChoices {
  return Object.fromEntries(suggestions.map((column) => [column.column, column.suggestion?.figureId ?? LEAVE_OUT]));
}

export function checkColumnChoices(
  suggestions: readonly ColumnSuggestion[],
  choices: ColumnChoices,
  describe: (figureId: string) => string,
): { chosen: ColumnChoice[]; problems: ChoiceProblem[] } {
  const problems: ChoiceProblem[] = [];
  const chosen: ColumnChoice[] = [];
  const firstColumnOf = new Map<string, number>();
  for (const column of suggestions) {
    const figureId = choices[column.column] ?? LEAVE_OUT;
    if (figureId === LEAVE_OUT) continue;
    const earlier = firstColumnOf.get(figureId);
    if (earlier !== undefined) {
      problems.push({
        at: column.column,
        message: `Columns ${columnLetters(earlier)} and ${columnLetters(column.column)} are both “${describe(figureId)}”: choose another figure for one, or leave it out.`,
      });
      continue;
    }
    firstColumnOf.set(figureId, column.column);
    chosen.push({ column: column.column, figureId });
  }
  if (chosen.length === 0 && problems.length === 0) {
    problems.push({ at: suggestions[0]?.column ?? 0, message: 'Choose the figure of at least one column: every column is left out.' });
  }
  return { chosen, problems };
}

export const CONFIDENCE_WORDS: Record<MappingConfidence, string> = {
  high: 'sure',
  medium: 'fairly sure',
  low: 'unsure: check',
};

/** The year from the table's title and notes, the sheet's title, its name, then the file's name. */
export function sheetYear(table: Pick<TableLocation, 'titleLines'>, sheet: Pick<SheetGrid, 'name' | 'title'>, fileName: string): SheetYear {
  return detectSheetYear([
    { from: 'the table’s title and notes', text: table.titleLines.join(' ') },
    { from: 'the sheet’s title', text: sheet.title ?? '' },
    { from: 'the sheet’s name', text: sheet.name },
    { from: 'the file’s name', text: fileName },
  ]);
}

/** The years to offer: the app's, with any the file names, newest first. */
export function yearOptions(years: readonly string[], found: SheetYear): MappaYear[] {
  const named = found.kind === 'found' ? [found.year] : found.candidates;
  return [...new Set([...years.filter(isMappaYear), ...named])].sort().reverse();
}

/** Every report figure for the column selects, grouped by the table it belongs to. */
export function figureChoiceGroups(): { label: string; choices: FigureChoice[] }[] {
  const groups = new Map<string, FigureChoice[]>();
  for (const choice of figureChoices()) {
    const table = choice.figureId.split('.')[0] ?? '';
    const label = table in TABLE_LABELS ? TABLE_LABELS[table as GridTableId] : 'Other figures';
    groups.set(label, [...(groups.get(label) ?? []), choice]);
  }
  return [...groups].map(([label, choices]) => ({ label, choices }));
}
