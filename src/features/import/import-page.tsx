import { PageHeading } from '../../shared/view/page-heading';
import { useQueries } from '@tanstack/react-query';
import { useId, useMemo, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Area } from '../../domain/area';
import { useDataQueries } from '../../shared/data/use-data';
import type { ReportWire } from '../../domain/report-schema';
import { CSV_TYPE, downloadBlob, textBlob } from '../../shared/export/download';
import { tidyCsv } from '../../shared/export/csv';
import { exportFileName } from '../../shared/export/file-names';
import { areaYearOf, combineImports } from './combine-imports';
import { csvGroupImports, type CsvGroupImport } from './csv-groups';
import { checkImportFile } from './import-file';
import { importsToRows } from './imports-csv';
import { parseReportText, type ReportTextParse } from './parse-report-text';
import { parseTidyCsv } from './parse-tidy-csv';
import { savedMessage, undoWording } from './review-model';
import type { SavedImport } from './saved-imports';
import { planSecondImport, type SecondImportChoice } from './second-import';
import { CsvReview } from './csv-review';
import { ReportReview } from './report-review';
import { SavedImportsList } from './saved-imports-list';
import { useSavedImports, type ImportChange } from './use-saved-imports';

type Pending =
  | { kind: 'report'; parse: ReportTextParse; fileName: string; importedAt: string }
  | { kind: 'csv'; imports: CsvGroupImport[]; fileName: string; importedAt: string; warnings: string[] };

/** The last change, while it can still be undone. */
interface Undoable {
  change: ImportChange;
  /** "the import of Kent 2021-22 from kent.csv" */
  what: string;
}

function undoScope(change: ImportChange) {
  return { added: change.added !== undefined, removed: change.removed.length };
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

  const nameOf = (areaId: string) => areas.find((area) => area.id === areaId)?.name ?? areaId;

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

  const readFile = async (file: File) => {
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
        const { extractPdfText } = await import('./pdf-text');
        const pdf = await extractPdfText(await file.arrayBuffer());
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

  const report = (problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem));

  const saveWire = async (wire: ReportWire, fileName: string, given: string[] | undefined, removeKeys: string[]) => {
    try {
      const change = await saved.save(wire, fileName, given, removeKeys);
      const place = `${nameOf(wire.areaId)} ${wire.year}`;
      const keptBeside =
        removeKeys.length === 0 && saved.imports.some((item) => item.key !== change.added.key && areaYearOf(item) === areaYearOf(change.added));
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
            accept=".pdf,.txt,.csv,application/pdf,text/plain,text/csv"
            onChange={onFileChosen}
            disabled={busy !== undefined}
          />
          <p className="hint">Up to 20 MB. A scanned PDF without a text layer cannot be read: paste its figures instead.</p>
        </div>
      </div>
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
      <SavedImportsList
        imports={saved.imports}
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
