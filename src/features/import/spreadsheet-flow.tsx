import { useMemo, useState } from 'react';
import type { Area } from '../../domain/area';
import { isMappaYear } from '../../domain/years';
import { describeFigure } from '../../ingest/common/figure-values';
import type { HeldFigureLookup } from '../../ingest/review/held-figures';
import type { SavedImport } from '../../shared/user-data/saved-imports';
import type { SecondImportChoice } from './second-import';
import { findTable, type TableLocation } from '../../ingest/spreadsheet/find-table';
import { importLongTable } from '../../ingest/spreadsheet/long-table-import';
import { suggestColumnMappings } from '../../ingest/spreadsheet/map-columns';
import { matchAreaRows } from '../../ingest/common/area-names';
import { isLongTable, readLongTable } from '../../ingest/spreadsheet/read-long-table';
import { importProvenance, importSpreadsheetTable, type SpreadsheetImportResult } from '../../ingest/spreadsheet/spreadsheet-import';
import type { WorkbookSummary } from '../../ingest/spreadsheet/workbook-model';
import { AreasStep, areaSelectId } from './spreadsheet-areas-step';
import { ColumnsStep, columnSelectId } from './spreadsheet-columns-step';
import type { SpreadsheetSaveItem } from '../../ingest/review/spreadsheet-review-model';
import { SpreadsheetReview } from './spreadsheet-review';
import { SheetStep } from './spreadsheet-sheet-step';
import {
  areaColumnOptions,
  checkAreaChoices,
  checkColumnChoices,
  figureChoiceGroups,
  initialAreaChoices,
  initialColumnChoices,
  sheetOptions,
  sheetYear,
  withAreaColumn,
  yearOptions,
  type AreaChoices,
  type ColumnChoices,
} from '../../ingest/spreadsheet/sheet-steps';
import { TableStep } from './spreadsheet-table-step';
import { YearStep } from './spreadsheet-year-step';
import { StepForm, type StepProblem } from './step-form';

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

type Step = 'sheet' | 'table' | 'areas' | 'columns' | 'year' | 'review';
const WIDE_STEPS: readonly Step[] = ['sheet', 'table', 'areas', 'columns', 'year', 'review'];
const LONG_STEPS: readonly Step[] = ['sheet', 'review'];

const ID = 'sheet-import';

/**
 * A spreadsheet of many areas, step by step: the sheet, the table on it and its area column,
 * the area of each row, the figure of each column, the year, then the review. A long table
 * (one value per row, like the app's own downloads) says its areas, figures and years itself,
 * so it goes from the sheet straight to the review.
 */
export function SpreadsheetFlow({ workbook, areas, years, importedAt, heldFor, savedImports, nameOf, onSave, onDiscard }: SpreadsheetFlowProps) {
  const sheets = useMemo(() => sheetOptions(workbook, areas), [workbook, areas]);
  const [step, setStep] = useState<Step>('sheet');
  const [sheetName, setSheetName] = useState(sheets.suggested ?? '');
  const [found, setFound] = useState<{ sheetName: string; table: TableLocation; long: boolean } | undefined>();
  const [areaColumn, setAreaColumn] = useState<number | undefined>();
  const [areaChoices, setAreaChoices] = useState<{ for: string; choices: AreaChoices }>({ for: '', choices: {} });
  const [columnChoices, setColumnChoices] = useState<{ for: string; choices: ColumnChoices }>({ for: '', choices: {} });
  const [year, setYear] = useState<{ for: string; year: string } | undefined>();
  const [problems, setProblems] = useState<StepProblem[]>([]);

  const sheet = workbook.sheets.find((candidate) => candidate.name === found?.sheetName);
  const table = useMemo(
    () => (sheet && found && areaColumn !== undefined ? withAreaColumn(sheet, found.table, areaColumn) : found?.table),
    [sheet, found, areaColumn],
  );
  // The choices below belong to one table read one way: choosing another sheet or area column starts them afresh.
  const tableKey = `${found?.sheetName ?? ''}|${areaColumn ?? ''}`;
  const matches = useMemo(() => (table ? matchAreaRows(table.rows, areas) : undefined), [table, areas]);
  const suggestions = useMemo(
    () => (table ? suggestColumnMappings(table.columns, { titleLines: [...table.titleLines, sheet?.title ?? ''] }) : []),
    [table, sheet],
  );
  const detectedYear = useMemo(
    () => (table && sheet ? sheetYear(table, sheet, workbook.fileName) : { kind: 'unknown' as const, candidates: [] }),
    [table, sheet, workbook],
  );
  const figureGroups = useMemo(() => figureChoiceGroups(), []);
  const currentAreaChoices = areaChoices.for === tableKey ? areaChoices.choices : matches ? initialAreaChoices(matches.rows) : {};
  const currentColumnChoices = columnChoices.for === tableKey ? columnChoices.choices : initialColumnChoices(suggestions);
  const currentYear = year?.for === tableKey ? year.year : detectedYear.kind === 'found' ? detectedYear.year : '';
  const areaCheck = matches ? checkAreaChoices(matches.rows, currentAreaChoices, nameOf) : undefined;
  const columnCheck = checkColumnChoices(suggestions, currentColumnChoices, describeFigure);
  const fileLabel = importProvenance(workbook, found?.sheetName ?? sheetName, new Date(importedAt)).fileName;

  const reviewing = step === 'review' && sheet !== undefined && table !== undefined;
  const longResult = useMemo(() => {
    if (!reviewing || !found?.long) return undefined;
    const read = readLongTable(sheet, table, areas);
    return read.ok ? importLongTable({ workbook, sheet, rows: read.rows, importedAt: new Date(importedAt) }) : undefined;
  }, [reviewing, found, sheet, table, areas, workbook, importedAt]);
  // Cheap (a few hundred cells), so read again from the current choices on every render.
  const wideResult: SpreadsheetImportResult | undefined =
    reviewing && !found?.long && isMappaYear(currentYear) && areaCheck
      ? importSpreadsheetTable({
          workbook,
          sheetName: sheet.name,
          areaRows: areaCheck.chosen,
          columns: columnCheck.chosen,
          year: currentYear,
          importedAt: new Date(importedAt),
          ...(table.areaColumn === undefined ? {} : { areaColumn: table.areaColumn }),
        })
      : undefined;
  const result = longResult ?? wideResult;

  const steps = found?.long ? LONG_STEPS : WIDE_STEPS;
  const position = `Step ${steps.indexOf(step) + 1} of ${steps.length}`;
  const go = (next: Step) => {
    setProblems([]);
    setStep(next);
  };
  const back = () => go(steps[steps.indexOf(step) - 1] ?? 'sheet');
  const common = { position, problems, onDiscard };

  const continueFromSheet = () => {
    const chosen = workbook.sheets.find((candidate) => candidate.name === sheetName);
    if (!chosen) {
      setProblems([{ message: 'Choose a sheet.', target: `${ID}-sheet` }]);
      return;
    }
    const located = findTable(chosen, areas);
    if (!located.ok) {
      setProblems([{ message: `${located.message} Choose another sheet, or check that this one has a row of headings above its figures.` }]);
      return;
    }
    if (found?.sheetName !== chosen.name) {
      setFound({ sheetName: chosen.name, table: located.table, long: isLongTable(located.table) });
      setAreaColumn(located.table.areaColumn);
    }
    go(isLongTable(located.table) ? 'review' : 'table');
  };

  switch (step) {
    case 'sheet':
      return (
        <StepForm key={step} id={`${ID}-sheet-step`} title="Choose the sheet" onContinue={continueFromSheet} onBack={undefined} {...common}>
          <SheetStep idPrefix={ID} options={sheets.options} chosen={sheetName} onChoose={setSheetName} />
        </StepForm>
      );
    case 'table':
      if (!table || !sheet) return null;
      return (
        <StepForm
          key={step}
          id={`${ID}-table-step`}
          title="The table and its area column"
          onContinue={() =>
            table.areaColumn === undefined ? setProblems([{ message: 'Choose the column that names the areas.', target: `${ID}-area-column` }]) : go('areas')
          }
          onBack={back}
          {...common}
        >
          <TableStep
            idPrefix={ID}
            sheetName={sheet.name}
            table={table}
            columnOptions={areaColumnOptions(sheet, found?.table ?? table)}
            areaColumn={table.areaColumn}
            onAreaColumn={setAreaColumn}
          />
        </StepForm>
      );
    case 'areas':
      if (!matches || !areaCheck) return null;
      return (
        <StepForm
          key={step}
          id={`${ID}-areas-step`}
          title="Match the area names"
          onContinue={() => {
            const stepProblems: StepProblem[] = areaCheck.problems.map((problem) => ({ ...problem, target: areaSelectId(ID, problem.at) }));
            if (stepProblems.length === 0 && areaCheck.chosen.length === 0)
              stepProblems.push({ message: 'Every row is left out: choose the area of at least one.' });
            setProblems(stepProblems);
            if (stepProblems.length === 0) go('columns');
          }}
          onBack={back}
          {...common}
        >
          <AreasStep
            idPrefix={ID}
            rows={matches.rows}
            absent={matches.absent}
            areas={areas}
            choices={currentAreaChoices}
            problems={problems.flatMap((problem) => (problem.at === undefined ? [] : [{ at: problem.at, message: problem.message }]))}
            nameOf={nameOf}
            onChoose={(row, choice) => setAreaChoices({ for: tableKey, choices: { ...currentAreaChoices, [row]: choice } })}
          />
        </StepForm>
      );
    case 'columns':
      return (
        <StepForm
          key={step}
          id={`${ID}-columns-step`}
          title="Match the columns to figures"
          onContinue={() => {
            const stepProblems = columnCheck.problems.map((problem) => ({ ...problem, target: columnSelectId(ID, problem.at) }));
            setProblems(stepProblems);
            if (stepProblems.length === 0) go('year');
          }}
          onBack={back}
          {...common}
        >
          <ColumnsStep
            idPrefix={ID}
            suggestions={suggestions}
            figureGroups={figureGroups}
            choices={currentColumnChoices}
            problems={problems.flatMap((problem) => (problem.at === undefined ? [] : [{ at: problem.at, message: problem.message }]))}
            onChoose={(column, figureId) => setColumnChoices({ for: tableKey, choices: { ...currentColumnChoices, [column]: figureId } })}
          />
        </StepForm>
      );
    case 'year':
      return (
        <StepForm
          key={step}
          id={`${ID}-year-step`}
          title="The year"
          onContinue={() => {
            if (isMappaYear(currentYear)) go('review');
            else setProblems([{ message: 'Choose the year the figures are for.', target: `${ID}-year` }]);
          }}
          onBack={back}
          {...common}
        >
          <YearStep
            idPrefix={ID}
            found={detectedYear}
            options={yearOptions(years, detectedYear)}
            year={currentYear}
            problem={problems[0]?.message}
            onChoose={(chosen) => setYear({ for: tableKey, year: chosen })}
          />
        </StepForm>
      );
    case 'review':
      if (!result) return null;
      return (
        <SpreadsheetReview
          key={step}
          idPrefix={ID}
          position={position}
          fileLabel={fileLabel}
          result={result}
          leftOut={longResult?.leftOut}
          heldFor={heldFor}
          savedImports={savedImports}
          importedAt={importedAt}
          nameOf={nameOf}
          onSave={(items, choices) => onSave(items, choices, fileLabel)}
          onBack={back}
          onDiscard={onDiscard}
        />
      );
  }
}
