import type { Area } from '../../domain/area';
import { isMappaYear } from '../../domain/years';
import { describeFigure } from '../common/figure-values';
import { openQuestions, settledAnswer, type IngestAnswers, type IngestQuestion } from '../common/question';
import { spreadsheetSaveItems, type SpreadsheetSaveItem } from '../review/spreadsheet-review-model';
import { checkAreaChoices } from './area-rows';
import { checkColumnChoices } from './columns';
import { findTable, type TableLocation } from './find-table';
import { importLongTable, type LeftOutRow } from './long-table-import';
import { isLongTable, readLongTable } from './read-long-table';
import { areaColumnQuestion, headerRowQuestion, withAreaColumn } from './sheets';
import { importSpreadsheetTable, type SpreadsheetImportResult } from './spreadsheet-import';
import { tableQuestions } from './table-questions';
import { sheetNamed, type WorkbookSummary } from './workbook-model';

export interface SheetIngestInput {
  workbook: WorkbookSummary;
  sheetName: string;
  /** The areas (and England and Wales) a row may be. */
  areas: readonly Area[];
  /** The years to offer when the table does not say. */
  years: readonly string[];
  importedAt: Date;
  /** Answers to earlier questions, by question id. */
  answers?: IngestAnswers;
}

export type SheetIngest =
  | { ok: false; message: string }
  | {
      ok: true;
      table: TableLocation;
      /** Every question the sheet raises (none for a long table, which names its areas, figures and years). */
      questions: IngestQuestion[];
      /** Those still to answer: their rows or columns are not read; while the heading row, the area column or the year is open, nothing is. */
      open: IngestQuestion[];
      /** Answers that contradict each other (one area in two rows, one figure in two columns): those rows or columns are not read. */
      problems: string[];
      /** The figures read, cell by cell; undefined while the area column or year is open. */
      result: SpreadsheetImportResult | undefined;
      /** A long table's rows that are not imported, each with its reason. */
      leftOut: LeftOutRow[];
      /** One record per area-year that gives a figure, ready to save. */
      items: SpreadsheetSaveItem[];
    };

/**
 * One sheet of a spreadsheet, read without a screen: the table, the questions it raises, and
 * the records of everything the answers (or settled suggestions) allow. The browser asks the
 * same questions step by step (features/import/spreadsheet).
 */
export function ingestSheet({ workbook, sheetName, areas, years, importedAt, answers = {} }: SheetIngestInput): SheetIngest {
  const sheet = sheetNamed(workbook, sheetName);
  const first = findTable(sheet, areas);
  if (!first.ok) return { ok: false, message: first.message };
  const headerRow = headerRowQuestion(workbook.fileName, sheet, first.table);
  const headerAnswer = settledAnswer(headerRow, answers);
  if (headerAnswer === undefined) {
    return { ok: true, table: first.table, questions: [headerRow], open: [headerRow], problems: [], result: undefined, leftOut: [], items: [] };
  }
  const found = Number(headerAnswer) === first.table.headerRow ? first : findTable(sheet, areas, { headerRow: Number(headerAnswer) });
  if (!found.ok) return { ok: false, message: found.message };
  if (isLongTable(found.table)) {
    const read = readLongTable(sheet, found.table, areas);
    if (!read.ok) return { ok: false, message: read.message };
    const result = importLongTable({ workbook, sheet, rows: read.rows, importedAt });
    return { ok: true, table: found.table, questions: [], open: [], problems: [], result, leftOut: result.leftOut, items: spreadsheetSaveItems(result.areas) };
  }
  const areaColumn = areaColumnQuestion(workbook.fileName, sheet, found.table);
  const column = settledAnswer(areaColumn, answers);
  if (column === undefined)
    return { ok: true, table: found.table, questions: [headerRow, areaColumn], open: [areaColumn], problems: [], result: undefined, leftOut: [], items: [] };

  const table = withAreaColumn(sheet, found.table, Number(column));
  const asked = tableQuestions(workbook, sheet, table, areas, years);
  const questions = [headerRow, areaColumn, ...asked.areaNames, ...asked.columns, asked.yearQuestion];
  const open = openQuestions(questions, answers);
  const answerOf = (question: IngestQuestion) => settledAnswer(question, answers);
  const nameOf = (areaId: string) => areas.find((area) => area.id === areaId)?.name ?? areaId;
  const rows = checkAreaChoices(asked.areaNames, answerOf, nameOf);
  const columns = checkColumnChoices(asked.columns, answerOf, describeFigure);
  // An open question is asked once, in `open`; what is left are answers that contradict each other.
  const openRows = new Set(open.map((question) => (question.kind === 'area-name' ? question.where.row : undefined)));
  const openColumns = new Set(open.map((question) => (question.kind === 'column-figure' ? question.where.column : undefined)));
  const problems = [...rows.problems.filter((problem) => !openRows.has(problem.at)), ...columns.problems.filter((problem) => !openColumns.has(problem.at))].map(
    (problem) => problem.message,
  );
  const year = answerOf(asked.yearQuestion);
  const result =
    year !== undefined && isMappaYear(year)
      ? importSpreadsheetTable({
          workbook,
          sheetName: sheet.name,
          areaRows: rows.chosen,
          columns: columns.chosen,
          year,
          importedAt,
          ...(table.areaColumn === undefined ? {} : { areaColumn: table.areaColumn }),
        })
      : undefined;
  return { ok: true, table, questions, open, problems, result, leftOut: [], items: result ? spreadsheetSaveItems(result.areas) : [] };
}
