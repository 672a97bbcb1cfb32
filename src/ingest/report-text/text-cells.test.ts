import { describe, expect, it } from 'vitest';
import { expandSpacedValues, readCell, splitCells, typedCellsOf, type RowCell } from './text-cells';
import { splitLines } from './text-lines';

/** The value cells after a row label, a cell of single-spaced numbers split into one cell per number, as the grid reader takes them. */
function valueCellsOf(remainder: string, offset: number): RowCell[] {
  return typedCellsOf(remainder, offset).flatMap(expandSpacedValues);
}

describe('readCell', () => {
  it.each([
    ['5432', 5432],
    [' 5,432 ', 5432],
    ['1,234,567', 1234567],
    ['0', 0],
    ['145.5', 145.5],
  ])('reads %j as the number %d', (raw, value) => {
    expect(readCell(raw)).toEqual({ kind: 'number', value, raw: raw.trim() });
  });

  it.each([['-'], ['\u2013'], ['\u2014'], ['\u2212']])('reads %j as not applicable', (raw) => {
    expect(readCell(raw).kind).toBe('not-applicable');
  });

  it.each([['12,34'], ['1,2345'], ['--'], ['-5'], ['n/a'], ['5%'], ['1e3'], ['.5']])('does not read %j as a value', (raw) => {
    expect(readCell(raw).kind).toBe('text');
  });

  it.each([
    ['253*', 253, 'has the mark *'],
    ['*253', 253, 'has the mark *'],
    ['(253)', 253, 'is in brackets (which can mean a negative number or a note)'],
    ['[1,234]', 1234, 'is in brackets (which can mean a negative number or a note)'],
    ['<b>253</b>', 253, 'is wrapped in the tag <b>'],
    ['253 12', 253, 'is followed by 12, which looks like a note number'],
    ['253 (a)', 253, 'is followed by a, which looks like a note number'],
    ['253\u00B2', 253, 'has the mark \u00B2'],
    ['(<b>253</b>)*', 253, 'is wrapped in the tag <b> and has the mark * and is in brackets (which can mean a negative number or a note)'],
  ])('reads %j as the number %d, saying what marks it wore', (raw, value, marks) => {
    expect(readCell(raw)).toEqual({ kind: 'number', value, raw, marks });
  });

  it.each([['253 145'], ['2021 145'], ['<b>n/a</b>'], ['(x)'], ['253 of 300']])('does not read %j as one marked number', (raw) => {
    expect(readCell(raw).kind).toBe('text');
  });

  it('reads an empty or blank cell as blank', () => {
    expect(readCell('')).toEqual({ kind: 'blank' });
    expect(readCell('   ')).toEqual({ kind: 'blank' });
  });
});

describe('splitCells and valueCellsOf', () => {
  it('splits on tabs and on runs of two or more spaces, keeping blank cells', () => {
    expect(splitCells('a\tb\t\tc').map((cell) => cell.raw)).toEqual(['a', 'b', '', 'c']);
    expect(splitCells('a  b   c d').map((cell) => cell.raw)).toEqual(['a', 'b', 'c d']);
    expect(splitCells('a  \t b').map((cell) => cell.raw)).toEqual(['a', 'b']);
  });

  it('drops the separator after the label and trailing blanks, keeps inner blanks', () => {
    expect(valueCellsOf('\t14\t\t7\t21\t', 7).map((cell) => cell.raw)).toEqual(['14', '', '7', '21']);
  });

  it('splits numbers separated by single spaces, remembering where each sits', () => {
    expect(valueCellsOf(' 3669 1763 1 5432', 7)).toEqual([
      { raw: '3669', start: 8, end: 12 },
      { raw: '1763', start: 13, end: 17 },
      { raw: '1', start: 18, end: 19 },
      { raw: '5432', start: 20, end: 24 },
    ]);
  });

  it('keeps words together as one text cell', () => {
    expect(valueCellsOf(' is where 2 of 9', 7).map((cell) => cell.raw)).toEqual([' is where 2 of 9']);
  });
});

describe('splitLines', () => {
  it('splits LF, CRLF and CR, numbering from 1 and keeping the original text', () => {
    const lines = splitLines('a\r\nb\rc\n\u00A0Level\u00A01\t5 \n');
    expect(lines.map((line) => [line.lineNumber, line.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, '\u00A0Level\u00A01\t5 '],
      [5, ''],
    ]);
    expect(lines[3]).toMatchObject({ norm: ' Level 1\t5', flat: 'Level 1 5' });
  });
});
