import { useId, type ChangeEvent, type ClipboardEvent, type DragEvent } from 'react';
import { MAX_REPORT_TEXT_CHARS } from '../../ingest/report-text/text-size';

interface ImportSourcesProps {
  text: string;
  /** Reading a file: the buttons and file boxes wait. */
  busy: boolean;
  onText: (text: string) => void;
  /** A paste that would make the text too long to read: stopped before the box takes it in, with the length it would have made. */
  onPasteTooLong: (length: number) => void;
  onReadText: () => void;
  /** A report's PDF or text, or the app's own CSV. */
  onReportFile: (file: File) => void;
  /** A national table (ODS, XLSX or CSV). */
  onSpreadsheetFile: (file: File) => void;
}

function chosen(onFile: (file: File) => void) {
  return (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onFile(file);
    event.target.value = '';
  };
}

function dropped(onFile: (file: File) => void) {
  return (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
}

/** Where a report comes in: pasted text, a report's file, or a spreadsheet of many areas (chosen or dropped). */
/** Stops a paste that would make the text longer than can be read, before the browser lays megabytes out in the box. */
function refuseLongPaste(onTooLong: (length: number) => void) {
  return (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    const length = box.value.length - (box.selectionEnd - box.selectionStart) + event.clipboardData.getData('text').length;
    if (length <= MAX_REPORT_TEXT_CHARS) return;
    event.preventDefault();
    onTooLong(length);
  };
}

export function ImportSources({ text, busy, onText, onPasteTooLong, onReadText, onReportFile, onSpreadsheetFile }: ImportSourcesProps) {
  const id = useId();
  return (
    <>
      <div className="import-sources">
        <div className="field">
          <label htmlFor={`${id}-text`}>Paste the report’s text</label>
          <p className="hint" id={`${id}-text-hint`}>
            Copy everything from the report (at least the “MAPPA Statistics” tables) and paste it here.
          </p>
          <textarea
            id={`${id}-text`}
            aria-describedby={`${id}-text-hint`}
            value={text}
            onChange={(event) => onText(event.target.value)}
            onPaste={refuseLongPaste(onPasteTooLong)}
            rows={10}
          />
          <div>
            <button type="button" className="button" onClick={onReadText} disabled={busy}>
              Read the text
            </button>
          </div>
        </div>
        <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={dropped(onReportFile)}>
          <label htmlFor={`${id}-file`} className="drop-label">
            Or choose a file (PDF, text or CSV), or drop it here
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".pdf,.txt,.csv,.ods,.xlsx,application/pdf,text/plain,text/csv"
            onChange={chosen(onReportFile)}
            disabled={busy}
          />
          <p className="hint">Up to 20 MB. A scanned PDF without a text layer cannot be read: paste its figures instead.</p>
        </div>
      </div>
      <section aria-labelledby={`${id}-sheet-heading`}>
        <h2 id={`${id}-sheet-heading`}>Import a spreadsheet of many areas</h2>
        <p>
          A national table, such as the Ministry of Justice’s MAPPA tables, with one row per area and a column per figure; or a table downloaded from MAPPA
          Compare. You choose the sheet, check how each area name and column was matched, and the year, then check every figure beside the cell it came from.
          Formulas are never calculated: we read the result the file saved.
        </p>
        <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={dropped(onSpreadsheetFile)}>
          <label htmlFor={`${id}-sheet-file`} className="drop-label">
            Choose a spreadsheet (ODS, XLSX or CSV), or drop it here
          </label>
          <input
            id={`${id}-sheet-file`}
            type="file"
            accept=".ods,.xlsx,.csv,.tsv,application/vnd.oasis.opendocument.spreadsheet,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={chosen(onSpreadsheetFile)}
            disabled={busy}
            aria-describedby={`${id}-sheet-file-hint`}
          />
          <p className="hint" id={`${id}-sheet-file-hint`}>
            Up to 20 MB and 100,000 rows a sheet. A CSV may use commas, semicolons, tabs or bars. A password-protected workbook cannot be read.
          </p>
        </div>
      </section>
    </>
  );
}
