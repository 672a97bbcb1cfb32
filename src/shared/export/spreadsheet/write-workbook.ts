import * as XLSX from '@e965/xlsx';
import type { GssWorkbook } from './gss-workbook';

export type WorkbookFormat = 'ods' | 'xlsx';

export const WORKBOOK_MIME_TYPES: Record<WorkbookFormat, string> = {
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The bytes of an ODS or XLSX file: text stays text (never a formula), numbers stay numbers. */
export function writeWorkbook(workbook: GssWorkbook, format: WorkbookFormat): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of workbook.sheets) {
    const worksheet = XLSX.utils.aoa_to_sheet(sheet.rows);
    worksheet['!cols'] = sheet.columnWidths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(book, worksheet, sheet.name);
  }
  book.Props = { Title: workbook.title, Author: 'MAPPA Compare', CreatedDate: workbook.exportedAt };
  const bytes = XLSX.write(book, { bookType: format, type: 'array', compression: true }) as ArrayBuffer;
  return new Uint8Array(bytes);
}
