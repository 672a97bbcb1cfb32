import { describe, expect, it } from 'vitest';
import { filesWithSeveralImports, importsFromFile } from './file-imports';

const imports = [
  { key: 'a', fileName: 'national.xlsx (sheet Table_3)' },
  { key: 'b', fileName: 'kent.pdf' },
  { key: 'c', fileName: 'national.xlsx (sheet Table_3)' },
  { key: 'd', fileName: 'national.xlsx (sheet Table_4)' },
];

describe('imports by file', () => {
  it('selects every import of one file (one sheet of a workbook), and nothing of another sheet', () => {
    expect(importsFromFile(imports, 'national.xlsx (sheet Table_3)').map((item) => item.key)).toEqual(['a', 'c']);
    expect(importsFromFile(imports, 'other.ods')).toEqual([]);
  });

  it('lists only the files that gave several imports, with how many', () => {
    expect(filesWithSeveralImports(imports)).toEqual([{ fileName: 'national.xlsx (sheet Table_3)', count: 2 }]);
  });
});
