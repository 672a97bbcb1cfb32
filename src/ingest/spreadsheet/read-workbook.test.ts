// @vitest-environment node
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_ROWS, readError, readWorkbook } from './read-workbook';
import { CorruptWorkbookError, EncryptedWorkbookError, NoSheetsError, SheetTooLargeError, UnsupportedFileTypeError } from './spreadsheet-errors';
import { textBytes, workbookBytes } from './workbook-fixtures';
import { sheetNamed } from './workbook-model';

const TABLE = {
  name: 'Table 1',
  rows: [
    ['Table 1: MAPPA-eligible offenders on 31 March 2023, by area'],
    ['This worksheet contains one table.'],
    ['Area', 'Category 1', 'Category 2'],
    ['Kent', 1234, '[x]'],
    ['Gwent', 56, 7],
  ],
};

describe.each(['xlsx', 'ods'] as const)('readWorkbook (%s)', (format) => {
  it('lists every sheet with its name, title and size', () => {
    const bytes = workbookBytes([{ name: 'Cover', rows: [['MAPPA statistics'], ['Published 2023']] }, TABLE], format);
    const workbook = readWorkbook(bytes, `mappa.${format}`);
    expect(workbook.format).toBe(format);
    expect(workbook.sheets.map(({ name, title, rowCount, columnCount }) => ({ name, title, rowCount, columnCount }))).toEqual([
      { name: 'Cover', title: 'MAPPA statistics', rowCount: 2, columnCount: 1 },
      { name: 'Table 1', title: 'Table 1: MAPPA-eligible offenders on 31 March 2023, by area', rowCount: 5, columnCount: 3 },
    ]);
    const table = sheetNamed(workbook, 'Table 1');
    expect(table.rows[3]).toEqual([
      { kind: 'text', text: 'Kent' },
      { kind: 'number', value: 1234 },
      { kind: 'text', text: '[x]' },
    ]);
  });

  it('takes the value a formula saved and never calculates it', () => {
    // The saved value 5 is deliberately not B1+B2 (3): what the file says is what we read.
    const bytes = workbookBytes(
      [
        {
          name: 'S',
          rows: [
            ['a', 1],
            ['b', 2],
            ['sum', { t: 'n', v: 5, f: 'B1+B2' }],
          ],
        },
      ],
      format,
    );
    const sheet = sheetNamed(readWorkbook(bytes, `f.${format}`), 'S');
    expect(sheet.rows[2]?.[1]).toEqual({ kind: 'number', value: 5 });
    // Listed, so the review can say the figure is a formula's saved result.
    expect(sheet.formulaCells).toEqual(['B3']);
  });

  it('keeps dates as dates and lists where they are, so they are never read as figures', () => {
    const bytes = workbookBytes(
      [
        {
          name: 'S',
          rows: [
            ['Area', 'Category 1'],
            ['Kent', new Date(Date.UTC(2023, 2, 31))],
          ],
        },
      ],
      format,
    );
    const sheet = sheetNamed(readWorkbook(bytes, `d.${format}`), 'S');
    expect(sheet.rows[1]?.[1]).toEqual({ kind: 'date', isoDate: '2023-03-31' });
    expect(sheet.dateCells).toEqual(['B2']);
  });

  it('reads merged ranges', () => {
    const bytes = workbookBytes(
      [
        {
          name: 'S',
          rows: [
            ['Area', 'Level 1', null],
            [null, 'Category 1', 'Category 2'],
            ['Kent', 1, 2],
          ],
          merges: ['B1:C1'],
        },
      ],
      format,
    );
    expect(sheetNamed(readWorkbook(bytes, `m.${format}`), 'S').merges).toEqual([{ first: { row: 0, column: 1 }, last: { row: 0, column: 2 } }]);
  });

  it('refuses a workbook whose sheets are all empty', () => {
    const bytes = workbookBytes([{ name: 'Empty', rows: [] }], format);
    expect(() => readWorkbook(bytes, `empty.${format}`)).toThrow(NoSheetsError);
  });
});

describe('readWorkbook: sheet size', () => {
  function bookWithTallSheet(): Uint8Array {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(TABLE.rows), 'Table 1');
    const tall = XLSX.utils.aoa_to_sheet([['Row 1']]);
    tall[`A${MAX_SHEET_ROWS + 1}`] = { t: 's', v: 'One row too many' };
    tall['!ref'] = `A1:A${MAX_SHEET_ROWS + 1}`;
    XLSX.utils.book_append_sheet(workbook, tall, 'Data');
    return new Uint8Array(XLSX.write(workbook, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
  }

  it('lists a sheet of more than 100,000 rows without reading it, and refuses it when chosen', () => {
    const workbook = readWorkbook(bookWithTallSheet(), 'big.xlsx');
    const data = workbook.sheets.find((sheet) => sheet.name === 'Data');
    expect(data).toMatchObject({ rowCount: 0, tooLarge: { rowCount: MAX_SHEET_ROWS + 1, maxRows: MAX_SHEET_ROWS } });
    expect(() => sheetNamed(workbook, 'Data')).toThrow(SheetTooLargeError);
    expect(() => sheetNamed(workbook, 'Data')).toThrow(/more than 100,000 rows/);
    expect(sheetNamed(workbook, 'Table 1').rowCount).toBe(5);
  });

  it('keeps rows sparse, so one stray cell far to the right does not widen every row', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Area', 'Category 1'],
      ['Kent', 12],
    ]);
    sheet.XFD1 = { t: 's', v: 'stray' };
    sheet['!ref'] = 'A1:XFD2';
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, 'S');
    const read = sheetNamed(readWorkbook(new Uint8Array(XLSX.write(workbook, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer), 's.xlsx'), 'S');
    expect(read.columnCount).toBe(16384);
    expect(read.rows[1]).toHaveLength(2);
  });

  it('refuses a CSV of more than 100,000 rows', () => {
    const text = Array.from({ length: MAX_SHEET_ROWS + 1 }, (_, index) => `Area ${index},${index}`).join('\n');
    expect(() => readWorkbook(textBytes(text), 'big.csv')).toThrow(SheetTooLargeError);
  });
});

describe('readWorkbook: CSV', () => {
  it('reads a comma-separated file with a byte order mark, keeping every cell as typed', () => {
    const workbook = readWorkbook(textBytes('Area,Category 1,Category 2\r\nKent,"1,234",[x]\r\nYnys Môn,5,-\r\n', true), 'national.csv');
    expect(workbook.format).toBe('csv');
    const [sheet] = workbook.sheets;
    expect(sheet).toMatchObject({ name: 'national', title: 'Area', rowCount: 3, columnCount: 3 });
    expect(sheet?.rows[1]).toEqual([
      { kind: 'text', text: 'Kent' },
      { kind: 'text', text: '1,234' },
      { kind: 'text', text: '[x]' },
    ]);
    expect(sheet?.rows[2]?.[0]).toEqual({ kind: 'text', text: 'Ynys Môn' });
  });

  it.each([
    ['semicolons', 'Area;Category 1\nKent;12\n'],
    ['tabs', 'Area\tCategory 1\nKent\t12\n'],
    ['pipes', 'Area|Category 1\nKent|12\n'],
  ])('finds the delimiter: %s', (_, text) => {
    const [sheet] = readWorkbook(textBytes(text), 'table.csv').sheets;
    expect(sheet?.rows).toEqual([
      [
        { kind: 'text', text: 'Area' },
        { kind: 'text', text: 'Category 1' },
      ],
      [
        { kind: 'text', text: 'Kent' },
        { kind: 'text', text: '12' },
      ],
    ]);
  });

  it('finds the delimiter of a GSS table with a title row above it', () => {
    const [sheet] = readWorkbook(textBytes('Table 1: offenders, by area\nArea;Category 1;Category 2\nKent;1 234;[x]\n'), 'gss.csv').sheets;
    expect(sheet?.title).toBe('Table 1: offenders, by area');
    expect(sheet?.rows[2]).toEqual([
      { kind: 'text', text: 'Kent' },
      { kind: 'text', text: '1 234' },
      { kind: 'text', text: '[x]' },
    ]);
  });

  it('reads a Windows-1252 file as Excel saves it, and a UTF-16 one', () => {
    const windows1252 = new Uint8Array([...textBytes('Area,Value\nYnys M'), 0xf4, ...textBytes('n,3\n')]);
    expect(readWorkbook(windows1252, 'old.csv').sheets[0]?.rows[1]?.[0]).toEqual({ kind: 'text', text: 'Ynys Môn' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Area,Value\nKent,3').flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(readWorkbook(utf16, 'wide.csv').sheets[0]?.rows[1]).toEqual([
      { kind: 'text', text: 'Kent' },
      { kind: 'text', text: '3' },
    ]);
  });

  it('refuses an empty CSV, a binary file named .csv and a quotation mark never closed', () => {
    expect(() => readWorkbook(textBytes('\n\n'), 'empty.csv')).toThrow(NoSheetsError);
    expect(() => readWorkbook(new Uint8Array([0x41, 0x00, 0x42]), 'binary.csv')).toThrow(CorruptWorkbookError);
    expect(() => readWorkbook(textBytes('Area,Value\n"Kent,3\n'), 'quote.csv')).toThrow(/quotation mark that is never closed/);
  });
});

describe('readWorkbook: files it cannot read', () => {
  it('says a file type is not supported', () => {
    expect(() => readWorkbook(textBytes('%PDF-1.7'), 'report.pdf')).toThrow(UnsupportedFileTypeError);
    expect(() => readWorkbook(new Uint8Array([0xd0, 0xcf]), 'old.xls')).toThrow(/Excel 97–2003/);
    expect(() => readWorkbook(textBytes('Area'), 'noextension')).toThrow(UnsupportedFileTypeError);
  });

  it('says a damaged file is damaged, in plain English', () => {
    expect(() => readWorkbook(new Uint8Array([1, 2, 3, 4, 5, 200, 0, 9]), 'random.xlsx')).toThrow(CorruptWorkbookError);
    // The library calls this "Unsupported ZIP encryption"; it is damage, not a password.
    expect(() => readWorkbook(textBytes('PK\u0003\u0004garbage'), 'garbage.ods')).toThrow(CorruptWorkbookError);
    const good = workbookBytes([TABLE], 'xlsx');
    expect(() => readWorkbook(good.slice(0, Math.floor(good.length / 2)), 'truncated.xlsx')).toThrow(
      /truncated\.xlsx could not be read: .* may be damaged or not really a spreadsheet/,
    );
    expect(() => readWorkbook(new Uint8Array(), 'nothing.xlsx')).toThrow(NoSheetsError);
  });

  it('recognises a password-protected .xlsx (an encrypted package inside an OLE container)', () => {
    const container = XLSX.CFB.utils.cfb_new();
    // An agile EncryptionInfo header (version 4.4), as Excel writes it, and a stand-in package.
    XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...textBytes('<?xml version="1.0"?><encryption/>')]));
    XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(64).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayLike<number>);
    expect(() => readWorkbook(bytes, 'secret.xlsx')).toThrow(EncryptedWorkbookError);
    expect(() => readWorkbook(bytes, 'secret.xlsx')).toThrow('secret.xlsx is protected with a password');
  });

  it('recognises a password-protected .ods (its manifest lists encryption data)', () => {
    const files = unzipSync(workbookBytes([TABLE], 'ods'));
    const manifest = strFromU8(files['META-INF/manifest.xml'] ?? new Uint8Array());
    files['META-INF/manifest.xml'] = strToU8(
      manifest.replace(
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry>',
      ),
    );
    files['content.xml'] = new Uint8Array(64).fill(9);
    expect(() => readWorkbook(zipSync(files), 'secret.ods')).toThrow(EncryptedWorkbookError);
  });

  it('maps the library’s own password messages to the password error and anything else to damage', () => {
    for (const message of [
      'File is password-protected',
      'Unsupported ODS Encryption',
      'ECMA-376 Encrypted file missing /EncryptionInfo',
      'Password is incorrect',
    ]) {
      expect(readError(new Error(message), 'a.xlsx')).toBeInstanceOf(EncryptedWorkbookError);
    }
    expect(readError(new Error('Unsupported ZIP Compression method 99'), 'a.xlsx')).toBeInstanceOf(CorruptWorkbookError);
  });
});
