import type { Dispatch } from 'react';
import type { Area } from '../../domain/area';
import { readDataBundle } from '../../ingest/bundle/data-bundle';
import { checkImportFile, checkSpreadsheetFile, isWorkbookFileName } from '../../ingest/common/source-file';
import { parseReportText } from '../../ingest/report-text/parse-report-text';
import { reportTextTooLong } from '../../ingest/report-text/text-size';
import { ingestTidyCsv, type TidyCsvIngest } from '../../ingest/tidy-csv/ingest-tidy-csv';
import { hasTidyCsvHeader } from '../../ingest/tidy-csv/parse-tidy-csv';
import { problemText, type ImportAction } from './import-state';

/** The areas a file may name (the 42 and England and Wales), and where what is read goes. */
export interface ReadContext {
  areas: readonly Area[];
  /** The places a report's text may be for: the areas, the probation regions and England and Wales (`areas` when not given). */
  reportPlaces?: readonly Area[];
  dispatch: Dispatch<ImportAction>;
}

/** The name a pasted text is saved under. */
export const PASTED_TEXT = 'pasted text';

/** A report's text, pasted or from a file: read, then reviewed figure by figure; a text too long to be one report is refused before it is read. */
export function readReportText(content: string, fileName: string, { areas, reportPlaces, dispatch }: ReadContext): void {
  const tooLong = reportTextTooLong(content, fileName === PASTED_TEXT ? 'The pasted text' : `The text of “${fileName}”`);
  if (tooLong) {
    dispatch({ type: 'failed', error: tooLong });
    return;
  }
  const parse = parseReportText(content, reportPlaces ?? areas);
  if (parse.outcome !== 'ok') {
    dispatch({ type: 'failed', error: parse.message ?? 'This text could not be read as a MAPPA report.' });
    return;
  }
  dispatch({ type: 'read', pending: { kind: 'report', parse, fileName, importedAt: new Date().toISOString() } });
}

/** The problems of a tidy CSV that could not be read: the first eight, each with its line. */
function csvProblems(fileName: string, read: Extract<TidyCsvIngest, { ok: false }>): string {
  const listed = read.errors
    .slice(0, 8)
    .map((issue) => `line ${issue.line}${issue.field ? ` (${issue.field})` : ''}: ${issue.message}`)
    .join('; ');
  return `“${fileName}” has problems: ${listed}${read.errors.length > 8 ? `; and ${read.errors.length - 8} more` : ''}.`;
}

/** The app's own CSV: its area-years, reviewed together. */
function readTidyCsv(content: string, fileName: string, { areas, dispatch }: ReadContext): void {
  const importedAt = new Date().toISOString();
  const read = ingestTidyCsv({ text: content, file: fileName, areas, importedAt });
  if (!read.ok) {
    dispatch({ type: 'failed', error: csvProblems(fileName, read) });
    return;
  }
  const warnings = read.warnings.map((warning) => `line ${warning.line}: ${warning.message}`);
  dispatch({ type: 'read', pending: { kind: 'csv', imports: read.imports, fileName, importedAt, warnings } });
}

/**
 * A whole file read once its size passes (empty or over 20 MB is refused before reading): the
 * status says which file is being read, and any failure is reported; what was saved is untouched.
 */
async function readSizedFile(file: File, { dispatch }: ReadContext, read: () => Promise<void>): Promise<void> {
  dispatch({ type: 'reading' });
  const check = checkSpreadsheetFile(file.name, file.size);
  if (!check.ok) {
    dispatch({ type: 'failed', error: check.message });
    return;
  }
  dispatch({ type: 'reading', busy: `Reading ${file.name}…` });
  try {
    await read();
  } catch (problem) {
    dispatch({ type: 'failed', error: problemText(problem) });
  } finally {
    dispatch({ type: 'read-finished' });
  }
}

/** An ODS, XLSX or CSV table of many areas, read in the browser by code that loads only now. */
export function readSpreadsheetFile(file: File, context: ReadContext): Promise<void> {
  return readSizedFile(file, context, async () => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isWorkbookFileName(file.name) && hasTidyCsvHeader(new TextDecoder().decode(bytes.subarray(0, 4096)))) {
      readTidyCsv(await file.text(), file.name, context);
      return;
    }
    const { readWorkbook } = await import('../../ingest/spreadsheet/read-workbook');
    const workbook = readWorkbook(bytes, file.name);
    context.dispatch({ type: 'read', pending: { kind: 'spreadsheet', workbook, importedAt: new Date().toISOString() } });
  });
}

/** A report's PDF or text, or the app's own CSV; a workbook given here is read as a spreadsheet. */
export async function readReportFile(file: File, context: ReadContext): Promise<void> {
  if (isWorkbookFileName(file.name)) {
    await readSpreadsheetFile(file, context);
    return;
  }
  const { dispatch } = context;
  dispatch({ type: 'reading', busy: `Reading ${file.name}…` });
  try {
    const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
    const check = checkImportFile(file.name, file.type, file.size, head);
    if (!check.ok) {
      dispatch({ type: 'failed', error: check.message });
      return;
    }
    if (check.kind === 'pdf') {
      const [{ extractPdfText }, { browserPdfJs }] = await Promise.all([import('../../ingest/report-text/pdf-text'), import('./browser-pdfjs')]);
      const pdf = await extractPdfText(await file.arrayBuffer(), await browserPdfJs());
      readReportText(pdf.text, file.name, context);
    } else if (check.kind === 'csv') {
      readTidyCsv(await file.text(), file.name, context);
    } else {
      readReportText(await file.text(), file.name, context);
    }
  } catch (problem) {
    dispatch({ type: 'failed', error: problemText(problem) });
  } finally {
    dispatch({ type: 'read-finished' });
  }
}

/** A data bundle ("Download my imports"): read whole or refused whole, then reviewed by area and year. */
export function readBundleFile(file: File, context: ReadContext): Promise<void> {
  return readSizedFile(file, context, async () => {
    const read = readDataBundle(await file.text(), file.name, context.areas);
    context.dispatch(
      read.ok
        ? { type: 'read', pending: { kind: 'bundle', imports: read.imports, fileName: file.name, importedAt: new Date().toISOString() } }
        : { type: 'failed', error: read.message },
    );
  });
}
