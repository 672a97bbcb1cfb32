import { useMemo, useReducer } from 'react';
import type { Area } from '../../../domain/area';
import type { HeldFigureLookup } from '../../../ingest/review/held-figures';
import type { SpreadsheetSaveItem } from '../../../ingest/review/spreadsheet-review-model';
import { sheetOptions } from '../../../ingest/spreadsheet/sheets';
import type { WorkbookSummary } from '../../../ingest/spreadsheet/workbook-model';
import type { SavedImport } from '../../../shared/user-data/saved-imports';
import type { SecondImportChoice } from '../second-import';
import { AreasStep, areaSelectId } from './areas-step';
import { ColumnsStep, columnSelectId } from './columns-step';
import { chooseHeaderRow, continueFrom, continueFromSheet, FLOW_ID, flowReducer, initialFlowState, stepsOf } from './flow-state';
import { SheetStep } from './sheet-step';
import { SpreadsheetReview } from './spreadsheet-review';
import { StepForm } from './step-form';
import { TableStep } from './table-step';
import { useSheetTable } from './use-sheet-table';
import { YearStep } from './year-step';

interface SpreadsheetFlowProps {
  workbook: WorkbookSummary;
  /** The 42 areas and England and Wales. */
  areas: readonly Area[];
  years: readonly string[];
  importedAt: string;
  heldFor: (year: string) => HeldFigureLookup;
  savedImports: readonly SavedImport[];
  nameOf: (areaId: string) => string;
  onSave: (items: SpreadsheetSaveItem[], choices: Readonly<Record<string, SecondImportChoice>>, fileLabel: string) => Promise<void>;
  onDiscard: () => void;
}

const TITLES = {
  sheet: 'Choose the sheet',
  table: 'The table and its area column',
  areas: 'Match the area names',
  columns: 'Match the columns to figures',
  year: 'The year',
};

/**
 * A spreadsheet of many areas, step by step: the sheet, the table on it and its area column,
 * the area of each row, the figure of each column, the year, then the review. A long table
 * (one value per row, like the app's own downloads) says its areas, figures and years itself,
 * so it goes from the sheet straight to the review.
 */
export function SpreadsheetFlow({ workbook, areas, years, importedAt, heldFor, savedImports, nameOf, onSave, onDiscard }: SpreadsheetFlowProps) {
  const sheets = useMemo(() => sheetOptions(workbook, areas), [workbook, areas]);
  const [state, dispatch] = useReducer(flowReducer, sheets.suggested, initialFlowState);
  const read = useSheetTable({ workbook, state, areas, years, importedAt, nameOf });
  const { step, problems } = state;
  const { position, previous } = stepsOf(state);
  const back = () => dispatch({ type: 'went', step: previous });
  const answer = (questionId: string, value: string) => dispatch({ type: 'answered', questionId, answer: value });
  const atProblems = problems.flatMap((problem) => (problem.at === undefined ? [] : [{ at: problem.at, message: problem.message }]));
  const form = { id: `${FLOW_ID}-${step}-step`, position, problems, onBack: back, onDiscard };
  const { sheet, table, asked } = read;

  switch (step) {
    case 'sheet':
      return (
        <StepForm key={step} {...form} title={TITLES.sheet} onContinue={() => dispatch(continueFromSheet(workbook, state.sheetName, areas))} onBack={undefined}>
          <SheetStep
            idPrefix={FLOW_ID}
            options={sheets.options}
            suggested={sheets.suggested}
            reason={sheets.reason}
            chosen={state.sheetName}
            onChoose={(sheetName) => dispatch({ type: 'sheet-chosen', sheetName })}
          />
        </StepForm>
      );
    case 'table':
      if (!table || !sheet || !read.areaColumnAsked || !read.headerRowAsked) return null;
      return (
        <StepForm key={step} {...form} title={TITLES.table} onContinue={() => dispatch(continueFrom('table', { areaColumn: table.areaColumn }))}>
          <TableStep
            idPrefix={FLOW_ID}
            sheetName={sheet.name}
            table={table}
            headerQuestion={read.headerRowAsked}
            onHeaderRow={(row) => dispatch(chooseHeaderRow(workbook, sheet.name, areas, row))}
            question={read.areaColumnAsked}
            areaColumn={table.areaColumn}
            onAreaColumn={(column) => dispatch({ type: 'area-column-chosen', column })}
          />
        </StepForm>
      );
    case 'areas': {
      if (!asked || !read.areaCheck) return null;
      const check = { problems: read.areaCheck.problems, chosen: read.areaCheck.chosen.length };
      return (
        <StepForm key={step} {...form} title={TITLES.areas} onContinue={() => dispatch(continueFrom('areas', check, (at) => areaSelectId(FLOW_ID, at)))}>
          <AreasStep
            idPrefix={FLOW_ID}
            rows={asked.rows}
            questions={asked.areaNames}
            absent={asked.absent}
            answers={read.answers}
            problems={atProblems}
            nameOf={nameOf}
            onAnswer={(question, value) => answer(question.id, value)}
          />
        </StepForm>
      );
    }
    case 'columns': {
      if (!asked || !read.columnCheck) return null;
      const check = { problems: read.columnCheck.problems };
      return (
        <StepForm key={step} {...form} title={TITLES.columns} onContinue={() => dispatch(continueFrom('columns', check, (at) => columnSelectId(FLOW_ID, at)))}>
          <ColumnsStep
            idPrefix={FLOW_ID}
            suggestions={asked.suggestions}
            questions={asked.columns}
            answers={read.answers}
            problems={atProblems}
            onAnswer={(question, value) => answer(question.id, value)}
          />
        </StepForm>
      );
    }
    case 'year':
      if (!asked) return null;
      return (
        <StepForm key={step} {...form} title={TITLES.year} onContinue={() => dispatch(continueFrom('year', { year: read.year }))}>
          <YearStep
            idPrefix={FLOW_ID}
            question={asked.yearQuestion}
            year={read.year}
            problem={problems[0]?.message}
            onChoose={(year) => answer(asked.yearQuestion.id, year)}
          />
        </StepForm>
      );
    case 'review':
      if (!read.result) return null;
      return (
        <SpreadsheetReview
          key={step}
          idPrefix={FLOW_ID}
          position={position}
          fileLabel={read.fileLabel}
          result={read.result}
          leftOut={read.longResult?.leftOut}
          heldFor={heldFor}
          savedImports={savedImports}
          importedAt={importedAt}
          nameOf={nameOf}
          onSave={(items, choices) => onSave(items, choices, read.fileLabel)}
          onBack={back}
          onDiscard={onDiscard}
        />
      );
  }
}
