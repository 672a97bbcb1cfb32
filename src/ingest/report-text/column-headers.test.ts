import { describe, expect, it } from 'vitest';
import { readColumnHeaders } from './column-headers';
import { splitLines } from './text-lines';

function read(...lines: string[]) {
  return readColumnHeaders(splitLines(lines.join('\n')));
}

describe('readColumnHeaders', () => {
  it('finds no header above a table without one, or in prose', () => {
    expect(read('')).toEqual({ kind: 'none' });
    expect(read('These figures include violent and sexual offenders living in the community')).toEqual({ kind: 'none' });
    expect(read('Figures include violent offenders.')).toEqual({ kind: 'none' });
  });

  it.each([
    ['\tCategory 1: Registered sex offenders\tViolent\tOther dangerous\tTotal', ['category1', 'category2', 'category3', 'total']],
    ['\tCategory 1: Registered sex offenders\tCategory 2: Violent offenders\t\tTotal\t', ['category1', 'category2', undefined, 'total']],
    ['\tCategory 1: Registered sex offenders\tViolent\tOther dangerous\t', ['category1', 'category2', 'category3']],
    ['   Category 1     Category 2     Category 3     Total', ['category1', 'category2', 'category3', 'total']],
    ['Registered sex offenders Violent Other dangerous Total', ['category1', 'category2', 'category3', 'total']],
    ['MAPPA level\tCategory 1\tCategory 2\tCategory 3\tTotal', ['category1', 'category2', 'category3', 'total']],
    ['\tCategory 1: Registered sex offenders\tViolent\tTotal', ['category1', 'category2', 'total']],
  ])('reads %j in the template order, a column without a heading left unnamed', (line, columns) => {
    expect(read(line)).toMatchObject({ kind: 'template', hasCategory4: false, columns });
  });

  it('sees category 4 by number or by the word terrorist', () => {
    expect(read('\tCategory 1\tCategory 2\tCategory 3\tCategory 4: Terrorist and terrorist risk offenders\tTotal')).toMatchObject({
      kind: 'template',
      hasCategory4: true,
    });
    expect(read('\tCategory 1: Registered sex offenders\tViolent\tOther dangerous\tTerrorism\t')).toMatchObject({ kind: 'template', hasCategory4: true });
  });

  it('maps a reordered header column by column', () => {
    expect(read('Violent  Category 1: Registered sex offenders  Other dangerous  Total')).toMatchObject({
      kind: 'reordered',
      columns: ['category2', 'category1', 'category3', 'total'],
    });
    expect(read('\tTotal\tOther dangerous\tViolent\tRSOs')).toMatchObject({ kind: 'reordered', columns: ['total', 'category3', 'category2', 'category1'] });
  });

  it('leaves an unnamed last column for the total only when every category is named, for the figures to settle', () => {
    expect(read('\tViolent\tCategory 1\tOther dangerous\t')).toMatchObject({ kind: 'reordered', columns: ['category2', 'category1', 'category3', undefined] });
    expect(read('\tViolent\tCategory 1\t\tTotal')).toMatchObject({ kind: 'unmappable' });
  });

  it('agrees with a heading wrapped over two lines, and refuses two lines that disagree', () => {
    expect(read('\tCategory 2\tCategory 1\tCategory 3\tTotal', '\tViolent\tRegistered sex offenders\tOther dangerous')).toMatchObject({
      kind: 'reordered',
      columns: ['category2', 'category1', 'category3', 'total'],
    });
    expect(read('\tCategory 2\tCategory 1\tCategory 3\tTotal', '\tRegistered sex offenders\tViolent\tOther dangerous')).toEqual({
      kind: 'unmappable',
      problem: 'The column headings on lines 1 and 2 give the columns in different orders',
      line: expect.objectContaining({ lineNumber: 1 }),
    });
  });

  it.each([
    ['\tCategory 1\tCategory 1\tCategory 3\tTotal', 'The column headings on line 1 name “Category 1” twice'],
    [
      '\tViolent and sexual offenders\tCategory 1\tOther dangerous\tTotal',
      'The column heading “Violent and sexual offenders” on line 1 could mean more than one category',
    ],
    [
      '\tViolent\tCategory 1\tUnknown\tTotal',
      'The column heading “Unknown” on line 1 is not a MAPPA category or Total, and the other headings are not in the usual order',
    ],
  ])('explains why %j cannot be mapped', (line, problem) => {
    expect(read(line)).toMatchObject({ kind: 'unmappable', problem });
  });
});
