import type { Area } from '../../../domain/area';
import { isMappaYear } from '../../../domain/years';
import type { IngestAnswers } from '../../../ingest/common/question';
import { findTable, type TableLocation } from '../../../ingest/spreadsheet/find-table';
import { isLongTable } from '../../../ingest/spreadsheet/read-long-table';
import type { ChoiceProblem } from '../../../ingest/spreadsheet/sheets';
import type { WorkbookSummary } from '../../../ingest/spreadsheet/workbook-model';
import type { StepProblem } from './step-form';

export type Step = 'sheet' | 'table' | 'areas' | 'columns' | 'year' | 'review';
const WIDE_STEPS: readonly Step[] = ['sheet', 'table', 'areas', 'columns', 'year', 'review'];
/** A long table (one value per row, like the app's own downloads) says its areas, figures and years itself. */
const LONG_STEPS: readonly Step[] = ['sheet', 'review'];

/** The id prefix of the flow's controls, which the error summaries link to. */
export const FLOW_ID = 'sheet-import';

/** The table found on the chosen sheet. */
export interface FoundTable {
  sheetName: string;
  table: TableLocation;
  long: boolean;
}

export interface FlowState {
  step: Step;
  /** The sheet chosen in the first step. */
  sheetName: string;
  found: FoundTable | undefined;
  areaColumn: number | undefined;
  /** The reader's answers, by question id, for one table read one way: another sheet or area column starts them afresh. */
  answers: { for: string; values: IngestAnswers };
  /** What to fix before going on. */
  problems: StepProblem[];
}

export type FlowAction =
  | { type: 'sheet-chosen'; sheetName: string }
  | { type: 'table-found'; found: FoundTable }
  /** The reader chose another heading row: the table read again from it, its answers afresh. */
  | { type: 'header-row-chosen'; found: FoundTable }
  | { type: 'area-column-chosen'; column: number }
  | { type: 'answered'; questionId: string; answer: string }
  | { type: 'went'; step: Step }
  | { type: 'stopped'; problems: StepProblem[] };

export function initialFlowState(suggestedSheet: string | undefined): FlowState {
  return { step: 'sheet', sheetName: suggestedSheet ?? '', found: undefined, areaColumn: undefined, answers: { for: '', values: {} }, problems: [] };
}

/** The table as it is read now: its sheet, heading row and area column. */
function tableKey(state: Pick<FlowState, 'found' | 'areaColumn'>): string {
  return `${state.found?.sheetName ?? ''}|${state.found?.table.headerRow ?? ''}|${state.areaColumn ?? ''}`;
}

/** The reader's answers for the table as it is read now. */
export function currentAnswers(state: FlowState): IngestAnswers {
  return state.answers.for === tableKey(state) ? state.answers.values : {};
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'sheet-chosen':
      return { ...state, sheetName: action.sheetName };
    case 'table-found': {
      // The same sheet again keeps its area column and answers.
      const same = state.found?.sheetName === action.found.sheetName;
      const table = same ? {} : { found: action.found, areaColumn: action.found.table.areaColumn };
      return { ...state, ...table, step: action.found.long ? 'review' : 'table', problems: [] };
    }
    case 'header-row-chosen':
      return { ...state, found: action.found, areaColumn: action.found.table.areaColumn, problems: [] };
    case 'area-column-chosen':
      return { ...state, areaColumn: action.column };
    case 'answered':
      return { ...state, answers: { for: tableKey(state), values: { ...currentAnswers(state), [action.questionId]: action.answer } } };
    case 'went':
      return { ...state, step: action.step, problems: [] };
    case 'stopped':
      return { ...state, problems: action.problems };
  }
}

/** The steps of this table, and where the current one is: "Step 2 of 6". */
export function stepsOf(state: Pick<FlowState, 'found' | 'step'>): { steps: readonly Step[]; position: string; previous: Step } {
  const steps = state.found?.long ? LONG_STEPS : WIDE_STEPS;
  const index = steps.indexOf(state.step);
  return { steps, position: `Step ${index + 1} of ${steps.length}`, previous: steps[index - 1] ?? 'sheet' };
}

/** Going on from the first step: the table on the chosen sheet, or why there is none. */
export function continueFromSheet(workbook: WorkbookSummary, sheetName: string, areas: readonly Area[]): FlowAction {
  const chosen = workbook.sheets.find((candidate) => candidate.name === sheetName);
  if (!chosen) return { type: 'stopped', problems: [{ message: 'Choose a sheet.', target: `${FLOW_ID}-sheet` }] };
  const located = findTable(chosen, areas);
  if (!located.ok) {
    return {
      type: 'stopped',
      problems: [{ message: `${located.message} Choose another sheet, or check that this one has a row of headings above its figures.` }],
    };
  }
  return { type: 'table-found', found: { sheetName: chosen.name, table: located.table, long: isLongTable(located.table) } };
}

/** The table read again from the heading row the reader chose, or why it cannot be. */
export function chooseHeaderRow(workbook: WorkbookSummary, sheetName: string, areas: readonly Area[], headerRow: number): FlowAction {
  const chosen = workbook.sheets.find((candidate) => candidate.name === sheetName);
  const located = chosen ? findTable(chosen, areas, { headerRow }) : undefined;
  if (!chosen || !located?.ok) {
    const message = located && !located.ok ? located.message : 'Choose a sheet.';
    return { type: 'stopped', problems: [{ message: `${message} Choose another heading row.`, target: `${FLOW_ID}-header-row` }] };
  }
  return { type: 'header-row-chosen', found: { sheetName: chosen.name, table: located.table, long: isLongTable(located.table) } };
}

/** Going on from a step whose checks are given: its problems, each linked to the control to fix, or the next step. */
export function continueFrom(
  step: 'table' | 'areas' | 'columns' | 'year',
  check: { areaColumn?: number; problems?: readonly ChoiceProblem[]; chosen?: number; year?: string },
  controlId?: (at: number) => string,
): FlowAction {
  const linked = (check.problems ?? []).map((problem) => (controlId ? { ...problem, target: controlId(problem.at) } : problem));
  switch (step) {
    case 'table':
      return check.areaColumn === undefined
        ? { type: 'stopped', problems: [{ message: 'Choose the column that names the areas.', target: `${FLOW_ID}-area-column` }] }
        : { type: 'went', step: 'areas' };
    case 'areas':
      if (linked.length === 0 && check.chosen === 0)
        return { type: 'stopped', problems: [{ message: 'Every row is left out: choose the area of at least one.' }] };
      return linked.length > 0 ? { type: 'stopped', problems: linked } : { type: 'went', step: 'columns' };
    case 'columns':
      return linked.length > 0 ? { type: 'stopped', problems: linked } : { type: 'went', step: 'year' };
    case 'year':
      return isMappaYear(check.year ?? '')
        ? { type: 'went', step: 'review' }
        : { type: 'stopped', problems: [{ message: 'Choose the year the figures are for.', target: `${FLOW_ID}-year` }] };
  }
}
