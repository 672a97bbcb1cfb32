import * as XLSX from '@e965/xlsx';
import { cleanExportText } from '../../../lib/export-text';
import type { GssCell, GssWorkbook } from './gss-workbook';

export type WorkbookFormat = 'ods' | 'xlsx';

export const WORKBOOK_MIME_TYPES: Record<WorkbookFormat, string> = {
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Text as written in a cell or the document properties: cleaned (`cleanExportText`), and in XLSX
 * a literal "_x0000_" escaped as "_x005F_x0000_", since XLSX readers take _xHHHH_ for the
 * character HHHH and the library writes it as typed.
 */
function textFor(format: WorkbookFormat): (text: string) => string {
  return format === 'xlsx' ? (text) => cleanExportText(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : cleanExportText;
}

/** The bytes of an ODS or XLSX file: text stays text (never a formula), numbers stay numbers. */
export function writeWorkbook(workbook: GssWorkbook, format: WorkbookFormat): Uint8Array {
  const text = textFor(format);
  const cell = (value: GssCell): GssCell => (typeof value === 'string' ? text(value) : value);
  const book = XLSX.utils.book_new();
  for (const sheet of workbook.sheets) {
    const worksheet = XLSX.utils.aoa_to_sheet(sheet.rows.map((row) => row.map(cell)));
    worksheet['!cols'] = sheet.columnWidths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(book, worksheet, cleanExportText(sheet.name));
  }
  book.Props = { Title: text(workbook.title), Author: 'MAPPA Compare', CreatedDate: workbook.exportedAt };
  const bytes = XLSX.write(book, { bookType: format, type: 'array', compression: true }) as ArrayBuffer;
  return new Uint8Array(bytes);
}
