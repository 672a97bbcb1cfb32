import type { Area } from '../../domain/area';
import { matchAreaRows, type AreaRowMatch } from '../common/area-names';
import type { IngestQuestion } from '../common/question';
import { areaNameQuestions } from './area-rows';
import { columnQuestions } from './columns';
import type { TableLocation } from './find-table';
import { suggestColumnMappings, type ColumnSuggestion } from './map-columns';
import { sheetYear, tableYearQuestion, type SheetYear } from './sheet-year';
import type { SheetGrid, WorkbookSummary } from './workbook-model';

/** A wide table (a row per area, a column per figure) as read, with the questions it raises. */
export interface TableQuestions {
  /** Each row's name and the area it matched, if any. */
  rows: AreaRowMatch[];
  /** Areas with no row in the table. */
  absent: string[];
  /** One per row, in order. */
  areaNames: IngestQuestion[];
  suggestions: ColumnSuggestion[];
  /** One per column, in order. */
  columns: IngestQuestion[];
  year: SheetYear;
  yearQuestion: IngestQuestion;
}

/**
 * What a wide table says and what it leaves to ask: the area of each row (by its name), the
 * figure of each column (by its heading and the title), and the year (by the title, the sheet
 * or the file's name).
 */
export function tableQuestions(
  workbook: Pick<WorkbookSummary, 'fileName'>,
  sheet: SheetGrid,
  table: TableLocation,
  areas: readonly Area[],
  years: readonly string[],
): TableQuestions {
  const file = workbook.fileName;
  const matches = matchAreaRows(table.rows, areas);
  const suggestions = suggestColumnMappings(table.columns, { titleLines: [...table.titleLines, sheet.title ?? ''] });
  const year = sheetYear(table, sheet, file);
  return {
    rows: matches.rows,
    absent: matches.absent,
    areaNames: areaNameQuestions(file, sheet.name, matches.rows, areas),
    suggestions,
    columns: columnQuestions(file, sheet.name, suggestions),
    year,
    yearQuestion: tableYearQuestion(file, sheet.name, year, years),
  };
}
