import type { Area } from '../../domain/area';
import type { NamedRow } from '../common/area-names';
import { questionId, type IngestQuestion } from '../common/question';
import { cellRef, columnLetters } from './cell-ref';
import { findTable, type HeaderColumn, type TableLocation } from './find-table';
import type { SheetGrid, WorkbookSummary } from './workbook-model';
import { cellAt, cellText } from './workbook-model';

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

/** The sheets of a workbook, the one suggested, and why it is suggested (in words for the screen). */
export interface SheetChoice {
  options: SheetOption[];
  suggested: string | undefined;
  /** "Suggested: 42 of its rows name an area, more than any other visible sheet." */
  reason: string | undefined;
}

/**
 * Every sheet with its title, and why one cannot be read. The suggestion is the visible sheet
 * with the most rows naming an area (the first, on a tie); a hidden sheet only when no visible
 * sheet names any area, as a hidden sheet is often an old or working copy. The reason is shown.
 */
export function sheetOptions(workbook: WorkbookSummary, areas: readonly Area[]): SheetChoice {
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
  const visible = readable.filter((option) => !option.hidden);
  const mostAreas = (candidates: readonly SheetOption[]) =>
    candidates.reduce<SheetOption | undefined>((most, option) => (option.areaRows > (most?.areaRows ?? 0) ? option : most), undefined);
  const bestVisible = mostAreas(visible);
  const bestHidden = mostAreas(readable.filter((option) => option.hidden));
  const rows = (option: SheetOption) => `${option.areaRows} of its rows ${option.areaRows === 1 ? 'names' : 'name'} an area`;
  if (bestVisible) {
    const others = visible.length > 1 ? ', more than any other visible sheet' : '';
    const hiddenNote =
      bestHidden && bestHidden.areaRows >= bestVisible.areaRows
        ? ` The hidden sheet “${bestHidden.name}” has ${bestHidden.areaRows === bestVisible.areaRows ? 'as many' : `more (${bestHidden.areaRows})`}, but hidden sheets are often old or working copies.`
        : '';
    return { options, suggested: bestVisible.name, reason: `Suggested: ${rows(bestVisible)}${others}.${hiddenNote}` };
  }
  if (bestHidden) {
    return {
      options,
      suggested: bestHidden.name,
      reason: `Suggested: ${rows(bestHidden)}, and no visible sheet names an area. It is hidden: check it is the table you mean.`,
    };
  }
  const first = visible[0] ?? readable[0];
  return {
    options,
    suggested: first?.name,
    reason: first
      ? `No sheet has a row naming an area we know, so the first ${first.hidden ? '' : 'visible '}sheet is chosen: choose the one with the table.`
      : undefined,
  };
}

/** "Table_2: Table 2: MAPPA-eligible offenders… (47 rows, hidden)". */
export function sheetOptionLabel(option: SheetOption): string {
  const size = `${option.rowCount.toLocaleString('en-GB')} ${option.rowCount === 1 ? 'row' : 'rows'}`;
  const notes = [option.unavailable ?? size, ...(option.hidden ? ['a hidden sheet'] : [])];
  const title = option.title && option.title !== option.name ? `: ${option.title.length > 90 ? `${option.title.slice(0, 89)}…` : option.title}` : '';
  return `${option.name}${title} (${notes.join('; ')})`;
}

/** A problem with the answers for one row or column of a table (its 0-based index), for the step to point at. */
export interface ChoiceProblem {
  at: number;
  message: string;
}

const HEADER_CHOICES = 30;

/** "Row 4: MAPPA area | Category 1 | Category 2 …": a row of the sheet as a choice. */
function rowLabel(sheet: SheetGrid, row: number): string {
  const cells = Array.from(sheet.rows[row] ?? [], cellText).filter((text) => text !== '');
  const text = cells.join(' | ');
  return `Row ${row + 1}: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
}

/**
 * Which row holds the table's headings: the row found (settled when it was found by the rule
 * "nearest row of words above the first area name we know"; its evidence is the `why`), or
 * another the reader chooses among the sheet's first non-blank rows.
 */
export function headerRowQuestion(file: string, sheet: SheetGrid, table: TableLocation): IngestQuestion {
  const firstRow = table.rows[0]?.row ?? table.headerRow + 1;
  const last = Math.min(sheet.rowCount, Math.max(firstRow, table.headerRow + 1) + 3);
  const rows: number[] = [];
  for (let row = 0; row < last && rows.length < HEADER_CHOICES; row++) if ((sheet.rows[row] ?? []).some((cell) => cell !== undefined)) rows.push(row);
  if (!rows.includes(table.headerRow)) rows.push(table.headerRow);
  return {
    id: questionId('header-row', file, sheet.name),
    kind: 'header-row',
    what: 'Which row holds the table’s headings?',
    why: table.headerEvidence,
    where: { file, sheet: sheet.name, cell: cellRef(table.headerRow, 0), row: table.headerRow },
    choices: rows.sort((a, b) => a - b).map((row) => ({ value: String(row), label: rowLabel(sheet, row) })),
    suggested: String(table.headerRow),
    settled: table.headerByAreas,
  };
}

/**
 * Which column names the areas: the one where most cells name an area (settled), or, where no
 * cell does, asked. The choices are the first ten columns, by letter and heading.
 */
export function areaColumnQuestion(file: string, sheet: SheetGrid, table: TableLocation): IngestQuestion {
  const count = Math.min(sheet.columnCount, 10);
  const choices = Array.from({ length: count }, (_, column) => {
    const heading = cellText(cellAt(sheet, table.headerRow, column));
    return { value: String(column), label: `Column ${columnLetters(column)}${heading ? `: ${heading}` : ''}` };
  });
  const found = table.areaColumn;
  return {
    id: questionId('area-column', file, sheet.name),
    kind: 'area-column',
    what: 'Which column names the areas?',
    why:
      found === undefined
        ? 'We could not tell: choose the column with the area names.'
        : 'We chose the column where most cells name an area. Change it if that is wrong.',
    where: { file, sheet: sheet.name, cell: cellRef(table.headerRow, found ?? 0), row: table.headerRow },
    choices,
    ...(found === undefined ? {} : { suggested: String(found) }),
    settled: found !== undefined,
  };
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
