import * as XLSX from '@e965/xlsx';

/**
 * Test helpers: workbooks built with the spreadsheet library itself, as bytes, so the tests
 * read real ODS and XLSX files rather than objects shaped like them.
 */
export type Row = (string | number | Date | null | XLSX.CellObject)[];

export interface SheetSpec {
  name: string;
  rows: Row[];
  merges?: string[];
}

function sheetFrom(rows: Row[], merges: string[] = []): XLSX.WorkSheet {
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  if (merges.length > 0) sheet['!merges'] = merges.map((range) => XLSX.utils.decode_range(range));
  return sheet;
}

export function workbookBytes(sheets: readonly SheetSpec[], bookType: 'xlsx' | 'ods'): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) XLSX.utils.book_append_sheet(workbook, sheetFrom(sheet.rows, sheet.merges), sheet.name);
  return new Uint8Array(XLSX.write(workbook, { bookType, type: 'array' }) as ArrayBuffer);
}

export function textBytes(text: string, byteOrderMark = false): Uint8Array {
  return new TextEncoder().encode(byteOrderMark ? `\uFEFF${text}` : text);
}
