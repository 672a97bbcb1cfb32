import { useMemo } from 'react';
import type { Area } from '../../../domain/area';
import { isMappaYear } from '../../../domain/years';
import { describeFigure } from '../../../ingest/common/figure-values';
import { shownAnswer, type IngestQuestion } from '../../../ingest/common/question';
import { checkAreaChoices } from '../../../ingest/spreadsheet/area-rows';
import { checkColumnChoices } from '../../../ingest/spreadsheet/columns';
import { importLongTable } from '../../../ingest/spreadsheet/long-table-import';
import { readLongTable } from '../../../ingest/spreadsheet/read-long-table';
import { areaColumnQuestion, headerRowQuestion, withAreaColumn } from '../../../ingest/spreadsheet/sheets';
import { importProvenance, importSpreadsheetTable, type SpreadsheetImportResult } from '../../../ingest/spreadsheet/spreadsheet-import';
import { tableQuestions } from '../../../ingest/spreadsheet/table-questions';
import type { WorkbookSummary } from '../../../ingest/spreadsheet/workbook-model';
import { currentAnswers, type FlowState } from './flow-state';

interface SheetTableInput {
  workbook: WorkbookSummary;
  state: FlowState;
  areas: readonly Area[];
  years: readonly string[];
  importedAt: string;
  nameOf: (areaId: string) => string;
}

/**
 * The chosen sheet's table as the reader's answers read it so far: the questions of each step
 * (the ingest layer's, the same the command line asks), the checks of the answers, and, on the
 * last step, the figures read.
 */
export function useSheetTable({ workbook, state, areas, years, importedAt, nameOf }: SheetTableInput) {
  const { found, areaColumn, step } = state;
  const sheet = workbook.sheets.find((candidate) => candidate.name === found?.sheetName);
  const table = useMemo(
    () => (sheet && found && areaColumn !== undefined ? withAreaColumn(sheet, found.table, areaColumn) : found?.table),
    [sheet, found, areaColumn],
  );
  const asked = useMemo(() => (sheet && table ? tableQuestions(workbook, sheet, table, areas, years) : undefined), [workbook, sheet, table, areas, years]);
  const areaColumnAsked = sheet && table ? areaColumnQuestion(workbook.fileName, sheet, table) : undefined;
  const headerRowAsked = sheet && found ? headerRowQuestion(workbook.fileName, sheet, found.table) : undefined;
  const answers = currentAnswers(state);
  const shown = (question: IngestQuestion) => shownAnswer(question, answers);
  const areaCheck = asked ? checkAreaChoices(asked.areaNames, shown, nameOf) : undefined;
  const columnCheck = asked ? checkColumnChoices(asked.columns, shown, describeFigure) : undefined;
  const year = asked ? shown(asked.yearQuestion) : '';
  const fileLabel = importProvenance(workbook, found?.sheetName ?? state.sheetName, new Date(importedAt)).fileName;

  const reviewing = step === 'review' && sheet !== undefined && table !== undefined;
  const longResult = useMemo(() => {
    if (!reviewing || !found?.long) return undefined;
    const read = readLongTable(sheet, table, areas);
    return read.ok ? importLongTable({ workbook, sheet, rows: read.rows, importedAt: new Date(importedAt) }) : undefined;
  }, [reviewing, found, sheet, table, areas, workbook, importedAt]);
  // Cheap (a few hundred cells), so read again from the current answers on every render.
  const wideResult: SpreadsheetImportResult | undefined =
    reviewing && !found?.long && isMappaYear(year) && areaCheck && columnCheck
      ? importSpreadsheetTable({
          workbook,
          sheetName: sheet.name,
          areaRows: areaCheck.chosen,
          columns: columnCheck.chosen,
          year,
          importedAt: new Date(importedAt),
          ...(table.areaColumn === undefined ? {} : { areaColumn: table.areaColumn }),
        })
      : undefined;
  return {
    sheet,
    table,
    asked,
    headerRowAsked,
    areaColumnAsked,
    answers,
    areaCheck,
    columnCheck,
    year,
    fileLabel,
    longResult,
    result: longResult ?? wideResult,
  };
}
