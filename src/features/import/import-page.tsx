import { PageHeading } from '../../shared/view/page-heading';
import { useQueries } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Area } from '../../domain/area';
import { useDataQueries } from '../../shared/data/use-data';
import type { ReportWire } from '../../domain/report-schema';
import { CSV_TYPE, downloadBlob, textBlob } from '../../shared/export/download';
import { tidyCsv } from '../../shared/export/csv';
import { exportFileName } from '../../shared/export/file-names';
import { areaYearOf, combineImports } from '../../shared/user-data/combine-imports';
import { csvGroupImports, type CsvGroupImport } from '../../ingest/tidy-csv/csv-groups';
import { checkImportFile, checkSpreadsheetFile, isWorkbookFileName } from '../../ingest/common/source-file';
import { importsFromFile } from './file-imports';
import { templateFigureIds } from '../../ingest/common/given-figures';
import type { HeldFigureLookup } from '../../ingest/review/held-figures';
import { heldFigures } from './held-figure-lookup';
import { importsToRows } from './imports-csv';
import { parseReportText, type ReportTextParse } from '../../ingest/report-text/parse-report-text';
import { hasTidyCsvHeader, parseTidyCsv } from '../../ingest/tidy-csv/parse-tidy-csv';
import { savedMessage, undoWording } from './import-messages';
import type { SavedImport } from '../../shared/user-data/saved-imports';
import { planSecondImport, type SecondImportChoice } from './second-import';
import type { WorkbookSummary } from '../../ingest/spreadsheet/workbook-model';
import { SpreadsheetFlow } from './spreadsheet-flow';
import type { SpreadsheetSaveItem } from '../../ingest/review/spreadsheet-review-model';
import type { YearData } from '../../shared/model/year-data';
import { CsvReview } from './csv-review';
import { ReportReview } from './report-review';
import { SavedImportsList } from './saved-imports-list';
import { useSavedImports, type ImportChange } from '../../shared/user-data/use-saved-imports';

type Pending =
  | { kind: 'report'; parse: ReportTextParse; fileName: string; importedAt: string }
  | { kind: 'csv'; imports: CsvGroupImport[]; fileName: string; importedAt: string; warnings: string[] }
  | { kind: 'spreadsheet'; workbook: WorkbookSummary; importedAt: string };

/** The last change, while it can still be undone. */
interface Undoable {
  change: ImportChange;
  /** "the import of Kent 2021-22 from kent.csv" */
  what: string;
}

function undoScope(change: ImportChange) {
  return { added: change.added.length > 0, removed: change.removed.length };
}

/** Bring your own data: paste a report's text, drop its PDF, or a tidy CSV; review; save. */
export default function ImportPage({ areas, years }: { areas: Area[]; years: string[] }) {
  const id = useId();
  const saved = useSavedImports();
  const queries = useDataQueries();
  const served = useQueries({ queries: years.map((year) => queries.reportsForYear(year)) });
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();
  const [message, setMessage] = useState('');
  const [undoable, setUndoable] = useState<Undoable | undefined>();
  const localAreas = useMemo(() => areas.filter((area) => area.kind === 'area' || area.kind === 'national'), [areas]);
  const servedVersion = served.map((result) => result.dataUpdatedAt).join(',');
  // Which area-years the data service has, so the review can say when an import replaces one.
  const servedKeys = useMemo(
    () => new Set(served.flatMap((result) => (result.data?.reports ?? []).map((report) => `${report.areaId}|${report.year}`))),
    // served is a new array each render; servedVersion changes only when a year's data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [servedVersion],
  );

  const nameOf = useCallback((areaId: string) => areas.find((area) => area.id === areaId)?.name ?? areaId, [areas]);
  // The figures every view shows now, by year (served, with saved imports over them), for the spreadsheet review.
  const heldFor = useMemo(() => {
    const imported = combineImports(saved.imports);
    const byYear = new Map(
      years.map((year, index) => {
        const data = served[index]?.data;
        const yearData: YearData | undefined = data ? { year, reports: data.reports, errors: data.errors } : undefined;
        return [year, heldFigures(yearData, year, imported)] as const;
      }),
    );
    return (year: string): HeldFigureLookup => byYear.get(year) ?? heldFigures(undefined, year, imported);
    // served is a new array each render; servedVersion changes only when a year's data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [servedVersion, saved.imports, years]);

  const readText = (content: string, fileName: string) => {
    const parse = parseReportText(content, localAreas);
    if (parse.outcome !== 'ok') {
      setError(parse.message ?? 'This text could not be read as a MAPPA report.');
      return;
    }
    setError(undefined);
    setPending({ kind: 'report', parse, fileName, importedAt: new Date().toISOString() });
  };

  const readCsv = (content: string, fileName: string) => {
    const parsed = parseTidyCsv(content, localAreas);
    if (!parsed.ok) {
      setError(
        `“${fileName}” has problems: ${parsed.errors
          .slice(0, 8)
          .map((issue) => `line ${issue.line}${issue.field ? ` (${issue.field})` : ''}: ${issue.message}`)
          .join('; ')}${parsed.errors.length > 8 ? `; and ${parsed.errors.length - 8} more` : ''}.`,
      );
      return;
    }
    setError(undefined);
    const importedAt = new Date().toISOString();
    setPending({
      kind: 'csv',
      imports: csvGroupImports(parsed.groups, { kind: 'imported', fileName, importedAt }),
      fileName,
      importedAt,
      warnings: parsed.warnings.map((w) => `line ${w.line}: ${w.message}`),
    });
  };

  /** An ODS, XLSX or CSV table of many areas, read in the browser by code that loads only now. */
  const readSpreadsheet = async (file: File) => {
    setMessage('');
    const check = checkSpreadsheetFile(file.name, file.size);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setBusy(`Reading ${file.name}…`);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (!isWorkbookFileName(file.name)) {
        const text = new TextDecoder().decode(bytes.subarray(0, 4096));
        if (hasTidyCsvHeader(text)) {
          readCsv(await file.text(), file.name);
          return;
        }
      }
      const { readWorkbook } = await import('../../ingest/spreadsheet/read-workbook');
      const workbook = readWorkbook(bytes, file.name);
      setError(undefined);
      setPending({ kind: 'spreadsheet', workbook, importedAt: new Date().toISOString() });
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(undefined);
    }
  };

  const readFile = async (file: File) => {
    if (isWorkbookFileName(file.name)) {
      await readSpreadsheet(file);
      return;
    }
    setMessage('');
    setBusy(`Reading ${file.name}…`);
    try {
      const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
      const check = checkImportFile(file.name, file.type, file.size, head);
      if (!check.ok) {
        setError(check.message);
        return;
      }
      if (check.kind === 'pdf') {
        const [{ extractPdfText }, { browserPdfJs }] = await Promise.all([import('../../ingest/report-text/pdf-text'), import('./browser-pdfjs')]);
        const pdf = await extractPdfText(await file.arrayBuffer(), await browserPdfJs());
        readText(pdf.text, file.name);
      } else if (check.kind === 'csv') {
        readCsv(await file.text(), file.name);
      } else {
        readText(await file.text(), file.name);
      }
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(undefined);
    }
  };

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void readFile(file);
    event.target.value = '';
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };
  const onSpreadsheetChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void readSpreadsheet(file);
    event.target.value = '';
  };
  const onSpreadsheetDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void readSpreadsheet(file);
  };

  const report = (problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem));

  const saveWire = async (wire: ReportWire, fileName: string, given: string[] | undefined, removeKeys: string[]) => {
    try {
      const change = await saved.save(wire, fileName, given, removeKeys);
      const place = `${nameOf(wire.areaId)} ${wire.year}`;
      const [added] = change.added;
      const keptBeside =
        removeKeys.length === 0 && added !== undefined && saved.imports.some((item) => item.key !== added.key && areaYearOf(item) === areaYearOf(added));
      setPending(undefined);
      setText('');
      setError(undefined);
      setMessage(savedMessage({ place, given, replaced: change.removed.map((item) => item.fileName), keptBeside }));
      setUndoable({ change, what: `the import of ${place} from ${fileName}` });
    } catch (problem) {
      report(problem);
    }
  };

  const saveCsvImports = async (imports: CsvGroupImport[], fileName: string, choices: Readonly<Record<string, SecondImportChoice>>) => {
    let count = 0;
    for (const item of imports) {
      const earlier = saved.imports.filter((candidate) => areaYearOf(candidate) === item.key);
      const plan = planSecondImport(choices[item.key] ?? 'keep-both', { earlier });
      if (!plan.save) continue;
      try {
        await saved.save(item.wire, fileName, item.given, plan.remove);
        count += 1;
      } catch (problem) {
        setError(
          `${nameOf(item.group.areaId)} ${item.group.year}: ${problem instanceof Error ? problem.message : String(problem)}. Reports before it were saved; it and later ones were not.`,
        );
        return;
      }
    }
    setPending(undefined);
    setUndoable(undefined);
    setMessage(`Saved ${count} ${count === 1 ? 'report' : 'reports'} from ${fileName}.`);
  };

  /** Every area-year of a spreadsheet, saved as one change that one Undo takes back. */
  const saveSpreadsheet = async (items: SpreadsheetSaveItem[], choices: Readonly<Record<string, SecondImportChoice>>, fileLabel: string) => {
    const batch = items.flatMap((item) => {
      const earlier = saved.imports.filter((candidate) => areaYearOf(candidate) === item.key);
      const plan = planSecondImport(choices[item.key] ?? 'keep-both', { earlier });
      return plan.save
        ? [{ wire: item.wire, figureIds: item.given, removeKeys: plan.remove, count: item.given?.length ?? templateFigureIds(item.year).length }]
        : [];
    });
    if (batch.length === 0) {
      setPending(undefined);
      setMessage(`Nothing was saved from ${fileLabel}: you cancelled every area-year. The earlier imports are unchanged.`);
      return;
    }
    try {
      const change = await saved.saveAll(batch, fileLabel);
      const figures = batch.reduce((count, item) => count + item.count, 0);
      const replaced =
        change.removed.length > 0 ? ` It replaced ${change.removed.length === 1 ? 'an earlier import' : `${change.removed.length} earlier imports`}.` : '';
      setPending(undefined);
      setError(undefined);
      setMessage(
        `Saved ${figures} ${figures === 1 ? 'figure' : 'figures'} for ${batch.length} ${batch.length === 1 ? 'area' : 'areas'} from ${fileLabel}, labelled “imported” in every view; their other figures are unchanged.${replaced}`,
      );
      setUndoable({ change, what: `the ${batch.length === 1 ? 'import' : `${batch.length} imports`} from ${fileLabel}` });
    } catch (problem) {
      setError(`${problem instanceof Error ? problem.message : String(problem)} Nothing from ${fileLabel} was saved.`);
    }
  };

  /** Deletes every import saved from one file (or sheet), as one change that one Undo takes back. */
  const deleteFile = (fileName: string) => {
    const items = importsFromFile(saved.imports, fileName);
    const what = `the ${items.length === 1 ? 'import' : `${items.length} imports`} from ${fileName}`;
    saved
      .remove(items.map((item) => item.key))
      .then((change) => {
        setMessage(`Deleted ${what}.`);
        setUndoable({ change, what });
      })
      .catch(report);
  };

  const deleteImport = (item: SavedImport) => {
    const what = `the import of ${nameOf(item.report.areaId)} ${item.report.year} from ${item.fileName}`;
    saved
      .remove([item.key])
      .then((change) => {
        setMessage(`Deleted ${what}.`);
        setUndoable({ change, what });
      })
      .catch(report);
  };

  const undo = (last: Undoable) => {
    setUndoable(undefined);
    saved
      .undo(last.change)
      .then(() => setMessage(undoWording(undoScope(last.change), last.what).done))
      .catch(report);
  };

  const downloadAll = () => {
    const rows = importsToRows(combineImports(saved.imports), areas);
    downloadBlob(textBlob(tidyCsv(rows), CSV_TYPE), exportFileName(['imports'], 'csv'));
  };

  return (
    <section aria-labelledby="import-heading">
      <PageHeading id="import-heading">Import a report</PageHeading>
      <p>
        Bring in an area’s annual report before it reaches any national table: paste its text, choose its PDF, or a CSV in MAPPA Compare’s own format (the
        columns our CSV downloads have). You check every figure before anything is saved. Imports stay in this browser: nothing is uploaded.
      </p>
      <div className="import-sources">
        <div className="field">
          <label htmlFor={`${id}-text`}>Paste the report’s text</label>
          <p className="hint" id={`${id}-text-hint`}>
            Copy everything from the report (at least the “MAPPA Statistics” tables) and paste it here.
          </p>
          <textarea id={`${id}-text`} aria-describedby={`${id}-text-hint`} value={text} onChange={(event) => setText(event.target.value)} rows={10} />
          <div>
            <button type="button" className="button" onClick={() => readText(text, 'pasted text')} disabled={busy !== undefined}>
              Read the text
            </button>
          </div>
        </div>
        <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
          <label htmlFor={`${id}-file`} className="drop-label">
            Or choose a file (PDF, text or CSV), or drop it here
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".pdf,.txt,.csv,.ods,.xlsx,application/pdf,text/plain,text/csv"
            onChange={onFileChosen}
            disabled={busy !== undefined}
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
        <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={onSpreadsheetDrop}>
          <label htmlFor={`${id}-sheet-file`} className="drop-label">
            Choose a spreadsheet (ODS, XLSX or CSV), or drop it here
          </label>
          <input
            id={`${id}-sheet-file`}
            type="file"
            accept=".ods,.xlsx,.csv,.tsv,application/vnd.oasis.opendocument.spreadsheet,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={onSpreadsheetChosen}
            disabled={busy !== undefined}
            aria-describedby={`${id}-sheet-file-hint`}
          />
          <p className="hint" id={`${id}-sheet-file-hint`}>
            Up to 20 MB and 100,000 rows a sheet. A CSV may use commas, semicolons, tabs or bars. A password-protected workbook cannot be read.
          </p>
        </div>
      </section>
      {busy && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> {busy}
        </p>
      )}
      {error && (
        <div className="error-summary" role="alert">
          <p>
            <strong>That could not be imported.</strong> {error}
          </p>
          <p>Anything you saved before is unchanged.</p>
        </div>
      )}
      <div className="import-status">
        <p role="status" aria-live="polite">
          {message}
        </p>
        {undoable && (
          <button
            type="button"
            className="button-secondary"
            aria-label={undoWording(undoScope(undoable.change), undoable.what).label}
            onClick={() => undo(undoable)}
          >
            Undo
          </button>
        )}
      </div>
      {pending?.kind === 'report' && (
        <ReportReview
          key={pending.importedAt}
          parse={pending.parse}
          fileName={pending.fileName}
          areas={localAreas}
          years={years}
          servedKeys={servedKeys}
          savedImports={saved.imports}
          importedAt={pending.importedAt}
          onSave={(wire, given, removeKeys) => saveWire(wire, pending.fileName, given, removeKeys)}
          onDiscard={(why) => {
            setPending(undefined);
            if (why) setMessage(why);
          }}
        />
      )}
      {pending?.kind === 'csv' && (
        <CsvReview
          key={pending.importedAt}
          fileName={pending.fileName}
          imports={pending.imports}
          warnings={pending.warnings}
          servedKeys={servedKeys}
          savedImports={saved.imports}
          importedAt={pending.importedAt}
          nameOf={nameOf}
          onSave={(choices) => void saveCsvImports(pending.imports, pending.fileName, choices)}
          onDiscard={() => setPending(undefined)}
        />
      )}
      {pending?.kind === 'spreadsheet' && (
        <section aria-labelledby={`${id}-sheet-review-heading`} className="review">
          <h2 id={`${id}-sheet-review-heading`}>Import {pending.workbook.fileName}</h2>
          <SpreadsheetFlow
            key={pending.importedAt}
            workbook={pending.workbook}
            areas={localAreas}
            years={years}
            importedAt={pending.importedAt}
            heldFor={heldFor}
            savedImports={saved.imports}
            nameOf={nameOf}
            onSave={saveSpreadsheet}
            onDiscard={() => setPending(undefined)}
          />
        </section>
      )}
      <SavedImportsList
        imports={saved.imports}
        onDeleteFile={deleteFile}
        problems={saved.problems}
        error={saved.error}
        servedKeys={servedKeys}
        nameOf={nameOf}
        onDelete={deleteImport}
        onDownloadAll={downloadAll}
      />
    </section>
  );
}
