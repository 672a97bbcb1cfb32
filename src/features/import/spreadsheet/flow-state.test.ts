import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../../tests/helpers/fixture-data';
import { nationalTableRows } from '../../../ingest/spreadsheet/national-table.fixture';
import { readWorkbook } from '../../../ingest/spreadsheet/read-workbook';
import { workbookBytes } from '../../../ingest/spreadsheet/workbook-fixtures';
import type { TableLocation } from '../../../ingest/spreadsheet/find-table';
import {
  chooseHeaderRow,
  continueFrom,
  continueFromSheet,
  currentAnswers,
  flowReducer,
  initialFlowState,
  stepsOf,
  type FlowState,
  type FoundTable,
} from './flow-state';

const found = (sheetName: string, long = false): FoundTable => ({ sheetName, table: { areaColumn: 0 } as TableLocation, long });

describe('flowReducer', () => {
  it('goes from the sheet to the table step, or straight to the review for a long table', () => {
    const start = initialFlowState('Table_2');
    expect(start).toMatchObject({ step: 'sheet', sheetName: 'Table_2' });
    const wide = flowReducer(start, { type: 'table-found', found: found('Table_2') });
    expect(wide).toMatchObject({ step: 'table', areaColumn: 0 });
    expect(stepsOf(wide)).toEqual({ steps: ['sheet', 'table', 'areas', 'columns', 'year', 'review'], position: 'Step 2 of 6', previous: 'sheet' });
    const long = flowReducer(start, { type: 'table-found', found: found('Data', true) });
    expect(stepsOf(long)).toMatchObject({ position: 'Step 2 of 2', previous: 'sheet' });
  });

  it('keeps answers for the table as read, and starts afresh for another sheet or area column', () => {
    let state: FlowState = flowReducer(initialFlowState('Table_2'), { type: 'table-found', found: found('Table_2') });
    state = flowReducer(state, { type: 'answered', questionId: 'area-name|t.xlsx|Table_2!A5', answer: 'hampshire' });
    expect(currentAnswers(state)).toEqual({ 'area-name|t.xlsx|Table_2!A5': 'hampshire' });
    const sameSheet = flowReducer(state, { type: 'table-found', found: found('Table_2') });
    expect(currentAnswers(sameSheet)).toEqual({ 'area-name|t.xlsx|Table_2!A5': 'hampshire' });
    expect(currentAnswers(flowReducer(state, { type: 'area-column-chosen', column: 1 }))).toEqual({});
    expect(currentAnswers(flowReducer(state, { type: 'table-found', found: found('Table_3') }))).toEqual({});
  });

  it('reads the table again from the heading row the reader chooses, with its answers afresh', () => {
    const workbook = readWorkbook(workbookBytes([{ name: 'Table_2', rows: nationalTableRows() }], 'xlsx'), 't.xlsx');
    let state: FlowState = flowReducer(initialFlowState('Table_2'), continueFromSheet(workbook, 'Table_2', fixtureAreas));
    expect(state.found?.table.headerRow).toBe(3);
    state = flowReducer(state, { type: 'answered', questionId: 'area-name|t.xlsx|Table_2!A5', answer: 'kent' });
    const chosen = chooseHeaderRow(workbook, 'Table_2', fixtureAreas, 2);
    expect(chosen).toMatchObject({ type: 'header-row-chosen', found: { table: { headerRow: 2, headerEvidence: 'Row 3 is the heading row you chose.' } } });
    state = flowReducer(state, chosen);
    expect(state.found?.table.headerRow).toBe(2);
    expect(currentAnswers(state)).toEqual({});
  });

  it('stops with the problems to fix, and clears them on going to another step', () => {
    const stopped = flowReducer(initialFlowState(undefined), { type: 'stopped', problems: [{ message: 'Choose a sheet.' }] });
    expect(stopped.problems).toHaveLength(1);
    expect(flowReducer(stopped, { type: 'went', step: 'table' }).problems).toEqual([]);
  });
});

describe('going on from a step', () => {
  it('needs a sheet with a table', () => {
    const workbook = readWorkbook(
      workbookBytes(
        [
          { name: 'Cover', rows: [['MAPPA statistics']] },
          { name: 'Table_2', rows: nationalTableRows() },
        ],
        'xlsx',
      ),
      't.xlsx',
    );
    expect(continueFromSheet(workbook, '', fixtureAreas)).toEqual({
      type: 'stopped',
      problems: [{ message: 'Choose a sheet.', target: 'sheet-import-sheet' }],
    });
    expect(continueFromSheet(workbook, 'Cover', fixtureAreas)).toMatchObject({
      type: 'stopped',
      problems: [{ message: expect.stringMatching(/Choose another sheet/) }],
    });
    expect(continueFromSheet(workbook, 'Table_2', fixtureAreas)).toMatchObject({ type: 'table-found', found: { sheetName: 'Table_2', long: false } });
  });

  it('links each problem to its control, and needs an area column, a row and a year', () => {
    expect(continueFrom('table', {})).toMatchObject({ type: 'stopped', problems: [{ target: 'sheet-import-area-column' }] });
    expect(continueFrom('table', { areaColumn: 0 })).toEqual({ type: 'went', step: 'areas' });
    expect(continueFrom('areas', { problems: [{ at: 4, message: 'Choose the area for row 5.' }] }, (at) => `row-${at}`)).toEqual({
      type: 'stopped',
      problems: [{ at: 4, message: 'Choose the area for row 5.', target: 'row-4' }],
    });
    expect(continueFrom('areas', { problems: [], chosen: 0 })).toMatchObject({
      problems: [{ message: 'Every row is left out: choose the area of at least one.' }],
    });
    expect(continueFrom('columns', { problems: [] })).toEqual({ type: 'went', step: 'year' });
    expect(continueFrom('year', { year: '' })).toMatchObject({ type: 'stopped', problems: [{ target: 'sheet-import-year' }] });
    expect(continueFrom('year', { year: '2022-23' })).toEqual({ type: 'went', step: 'review' });
  });
});
