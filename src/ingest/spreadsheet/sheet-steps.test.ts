import { describe, expect, it } from 'vitest';
import type { AreaRowMatch } from '../common/area-names';
import type { ColumnSuggestion } from './map-columns';
import type { SheetGrid, WorkbookSummary } from './workbook-model';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import {
  checkAreaChoices,
  checkColumnChoices,
  initialAreaChoices,
  initialColumnChoices,
  LEAVE_OUT,
  matchWords,
  sheetOptionLabel,
  sheetOptions,
  yearOptions,
} from './sheet-steps';

const nameOf = (areaId: string) => fixtureAreas.find((area) => area.id === areaId)?.name ?? areaId;

function row(rowIndex: number, text: string, match?: AreaRowMatch['match'], duplicateOfRow?: number): AreaRowMatch {
  return { row: rowIndex, ref: `A${rowIndex + 1}`, text, match, notes: [], ...(duplicateOfRow === undefined ? {} : { duplicateOfRow }) } as AreaRowMatch;
}

const rows = [
  row(3, 'Avon & Somerset', { areaId: 'avon-and-somerset', how: 'variant' }),
  row(4, 'Hants'),
  row(5, 'Metropolitan Police', { areaId: 'london', how: 'alias' }),
  row(6, 'London', { areaId: 'london', how: 'exact' }, 5),
];

describe('area choices', () => {
  it('preselects matches and nothing else: an unknown name or a second row of one area is asked about', () => {
    expect(initialAreaChoices(rows)).toEqual({ 3: 'avon-and-somerset', 4: '', 5: 'london', 6: '' });
    expect(matchWords(rows[0] as AreaRowMatch)).toBe('the same words written differently');
    expect(matchWords(rows[1] as AreaRowMatch)).toBe('not matched: choose');
    expect(matchWords(rows[3] as AreaRowMatch)).toMatch(/but row 6 is the same area: choose/);
  });

  it('asks for every unanswered row, refuses one area twice, and reads only the chosen rows', () => {
    const unanswered = checkAreaChoices(rows, initialAreaChoices(rows), nameOf);
    expect(unanswered.problems.map((problem) => problem.at)).toEqual([4, 6]);
    expect(unanswered.problems[0]?.message).toContain('“Hants”');

    const twice = checkAreaChoices(rows, { 3: 'avon-and-somerset', 4: 'hampshire', 5: 'london', 6: 'london' }, nameOf);
    expect(twice.problems).toEqual([{ at: 6, message: 'Rows 6 and 7 are both London: choose another area for one, or leave it out.' }]);

    const answered = checkAreaChoices(rows, { 3: 'avon-and-somerset', 4: 'hampshire', 5: 'london', 6: LEAVE_OUT }, nameOf);
    expect(answered.problems).toEqual([]);
    expect(answered.chosen).toEqual([
      { row: 3, areaId: 'avon-and-somerset' },
      { row: 4, areaId: 'hampshire' },
      { row: 5, areaId: 'london' },
    ]);
  });
});

describe('column choices', () => {
  const column = (index: number, header: string, figureId?: string): ColumnSuggestion =>
    ({
      column: index,
      ref: `${String.fromCharCode(65 + index)}3`,
      header,
      notes: [],
      suggestion: figureId ? { figureId, label: header, confidence: 'high', reason: '' } : undefined,
      alternatives: [],
    }) as unknown as ColumnSuggestion;
  const suggestions = [column(1, 'Category 1', 'snapshot.total.category1'), column(2, 'Remarks'), column(3, 'Cat 1', 'snapshot.total.category1')];

  it('preselects suggestions, leaves unknown columns out, and refuses one figure twice', () => {
    const initial = initialColumnChoices(suggestions);
    expect(initial).toEqual({ 1: 'snapshot.total.category1', 2: LEAVE_OUT, 3: 'snapshot.total.category1' });
    const checked = checkColumnChoices(suggestions, initial, (figureId) => figureId);
    expect(checked.chosen).toEqual([{ column: 1, figureId: 'snapshot.total.category1' }]);
    expect(checked.problems).toEqual([
      { at: 3, message: 'Columns B and D are both “snapshot.total.category1”: choose another figure for one, or leave it out.' },
    ]);
  });

  it('needs at least one column', () => {
    const none = checkColumnChoices(suggestions, { 1: LEAVE_OUT, 2: LEAVE_OUT, 3: LEAVE_OUT }, String);
    expect(none.chosen).toEqual([]);
    expect(none.problems[0]?.message).toMatch(/at least one column/);
  });
});

describe('sheets and years', () => {
  const sheet = (name: string, extra: Partial<SheetGrid> = {}): SheetGrid => ({
    name,
    title: undefined,
    rowCount: 2,
    columnCount: 1,
    rows: [[{ kind: 'text', text: 'Cover' }], [{ kind: 'text', text: 'MAPPA statistics' }]],
    merges: [],
    dateCells: [],
    ...extra,
  });

  it('lists every sheet with its size, says which are hidden or too large, and never suggests one that cannot be read', () => {
    const workbook = {
      fileName: 'f.xlsx',
      format: 'xlsx',
      sheets: [
        sheet('Huge', { rowCount: 0, rows: [], tooLarge: { rowCount: 150_000, maxRows: 100_000 } }),
        sheet('Cover', { title: 'Cover' }),
        sheet('Old', { hidden: true }),
      ],
    } as unknown as WorkbookSummary;
    const { options, suggested } = sheetOptions(workbook, fixtureAreas);
    expect(options.map(sheetOptionLabel)).toEqual(['Huge (too large to read: more than 100,000 rows)', 'Cover (2 rows)', 'Old (2 rows; a hidden sheet)']);
    expect(options[0]?.unavailable).toBeDefined();
    expect(suggested).toBe('Cover');
  });

  it('offers the app’s years with any the file names, newest first', () => {
    expect(yearOptions(['2021-22', '2022-23'], { kind: 'found', year: '2024-25', from: 'the file’s name', text: '' } as never)).toEqual([
      '2024-25',
      '2022-23',
      '2021-22',
    ]);
  });
});
