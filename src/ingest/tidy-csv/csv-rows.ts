import Papa from 'papaparse';

export interface CsvRow {
  fields: string[];
  /** 1-based line where the row starts in the file (a quoted field may span lines). */
  line: number;
  problems: string[];
}

/**
 * The rows of a comma-separated file, each with the line it starts on. Blank lines are skipped.
 * A leading UTF-8 byte order mark is dropped.
 */
export function readCsvRows(text: string): CsvRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cursor = 0;
  let lineAtCursor = 1;
  Papa.parse<string[]>(source, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (result) => {
      let start = cursor;
      while (start < source.length && /\s/.test(source[start]!)) start++;
      const line = lineAtCursor + countLineBreaks(source, cursor, start);
      const end = Math.max(result.meta.cursor, start);
      rows.push({ fields: result.data, line, problems: result.errors.map(describeCsvError) });
      lineAtCursor = line + countLineBreaks(source, start, end);
      cursor = end;
    },
  });
  return rows;
}

function describeCsvError(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'A quoted field is never closed: its closing " is missing.';
    case 'InvalidQuotes':
      return 'A field has a stray quote mark: a " inside a quoted field must be doubled ("").';
    default:
      return error.message;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) count++;
  }
  return count;
}

const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/**
 * Undoes the exporter's guard against spreadsheet formulas: a cell that would start with
 * = + - @ (or a tab or CR) was written with a leading single quote.
 */
export function unneutralise(field: string): string {
  return field.replace(NEUTRALISED, '');
}
