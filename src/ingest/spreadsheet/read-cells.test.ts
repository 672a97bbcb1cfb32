// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFigureCell, readingToCell } from './read-cells';
import type { SheetCell } from './workbook-model';

const text = (value: string): SheetCell => ({ kind: 'text', text: value });
const read = (value: string) => readFigureCell(text(value), 'C9');

describe('readFigureCell', () => {
  it('reads numbers, with or without thousands separators', () => {
    expect(readFigureCell({ kind: 'number', value: 1234 }, 'B2')).toMatchObject({ kind: 'value', value: 1234, lowReliability: false });
    expect(read('1,234')).toMatchObject({ kind: 'value', value: 1234 });
    expect(read('1 234 567')).toMatchObject({ kind: 'value', value: 1234567 });
    expect(read('12')).toMatchObject({ kind: 'value', value: 12 });
    expect(readFigureCell(text('145.3'), 'C9', 'rate')).toMatchObject({ kind: 'value', value: 145.3 });
    expect(read('0')).toMatchObject({ kind: 'value', value: 0 });
  });

  it('reads [x], [c] and [w] as not published, keeping the symbol as the reason: never 0', () => {
    expect(read('[x]')).toEqual({ kind: 'missing', reason: '[x]', reasonText: 'not available', notes: [] });
    expect(read('[c]')).toEqual({ kind: 'missing', reason: '[c]', reasonText: 'confidential', notes: [] });
    expect(read('[w]')).toEqual({ kind: 'missing', reason: '[w]', reasonText: 'no or few cases', notes: [] });
    expect(read('[X]')).toMatchObject({ kind: 'missing', reason: '[x]' });
  });

  it('reads [z] and dashes as not applicable: never 0', () => {
    expect(read('[z]')).toEqual({ kind: 'not-applicable', symbol: '[z]', notes: [] });
    expect(read('-')).toEqual({ kind: 'not-applicable', symbol: '-', notes: [] });
    expect(read('\u2013')).toEqual({ kind: 'not-applicable', symbol: '-', notes: [] });
  });

  it('reads a blank as missing: never 0', () => {
    expect(readFigureCell(undefined, 'C9')).toEqual({ kind: 'missing', reason: 'blank', reasonText: 'blank', notes: [] });
  });

  it('keeps a number marked [u] and flags it as low reliability', () => {
    expect(read('56 [u]')).toEqual({ kind: 'value', value: 56, lowReliability: true, symbols: [], notes: [] });
  });

  it('strips note markers and keeps them as notes', () => {
    expect(read('1,300 [note 4]')).toEqual({ kind: 'value', value: 1300, lowReliability: false, symbols: [], notes: ['note 4'] });
    expect(read('[x] [note 2]')).toMatchObject({ kind: 'missing', reason: '[x]', notes: ['note 2'] });
    expect(read('12 [p]')).toMatchObject({ kind: 'value', value: 12, symbols: ['p'] });
  });

  it('gives an error naming the cell for text where a number should be', () => {
    expect(read('about 40')).toEqual({ kind: 'error', message: 'C9 holds "about 40", which is not a number.', notes: [] });
    expect(read('31/03/2023')).toMatchObject({ kind: 'error', message: expect.stringContaining('looks like a date') });
    expect(read('[q]')).toMatchObject({ kind: 'error', message: expect.stringContaining('not a GSS symbol') });
    expect(read('[u]')).toMatchObject({ kind: 'error', message: expect.stringContaining('the cell has no number') });
    expect(read('12 [x]')).toMatchObject({ kind: 'error', message: expect.stringContaining('both a number and a symbol') });
    expect(read('[x] [z]')).toMatchObject({ kind: 'error' });
  });

  it('gives an error for dates, true/false and spreadsheet errors', () => {
    expect(readFigureCell({ kind: 'date', isoDate: '2023-03-31' }, 'D4')).toEqual({
      kind: 'error',
      message: 'D4 holds a date (2023-03-31), not a number: the column may be formatted as dates.',
      notes: [],
    });
    expect(readFigureCell({ kind: 'boolean', value: true }, 'D4')).toMatchObject({ kind: 'error', message: 'D4 holds TRUE, not a number.' });
    expect(readFigureCell({ kind: 'error', text: '#DIV/0!' }, 'D4')).toMatchObject({ message: 'D4 shows the spreadsheet error #DIV/0!, not a number.' });
    expect(readFigureCell({ kind: 'error', text: 'a formula with no saved value' }, 'D4')).toMatchObject({
      message: 'D4 shows a formula with no saved value, not a number.',
    });
  });

  it('flags negative and fractional counts, and impossible rates', () => {
    expect(read('-3')).toMatchObject({ kind: 'value', value: -3, problem: 'C9: -3 is negative, and a count of people cannot be.' });
    expect(read('12.5')).toMatchObject({ kind: 'value', value: 12.5, problem: 'C9: 12.5 is not a whole number, and a count of people must be.' });
    expect(readFigureCell(text('12.5'), 'C9', 'rate')).not.toHaveProperty('problem');
    expect(readFigureCell(text('200,000'), 'C9', 'rate')).toHaveProperty('problem');
  });
});

describe('readingToCell', () => {
  const source = { kind: 'imported', fileName: 'a.ods (sheet T)', importedAt: '2024-01-01T00:00:00.000Z' } as const;
  it('turns readings into report cells, with the import as the source of values', () => {
    expect(readingToCell(read('1,234'), source)).toEqual({ kind: 'value', value: 1234, source });
    expect(readingToCell(read('[z]'), source)).toEqual({ kind: 'not-applicable' });
    expect(readingToCell(read('[c]'), source)).toEqual({ kind: 'missing' });
    expect(readingToCell(read('oops'), source)).toBeUndefined();
    expect(readingToCell(read('-3'), source)).toBeUndefined();
  });
});
