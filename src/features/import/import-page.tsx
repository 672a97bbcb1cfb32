import { PageHeading } from '../../shared/view/page-heading';
import { useQueries } from '@tanstack/react-query';
import { useId, useMemo, useState, type ChangeEvent, type DragEvent } from 'react';
import type { Area } from '../../domain/area';
import { useDataQueries } from '../../shared/data/use-data';
import type { ReportWire } from '../../domain/report-schema';
import { CSV_TYPE, downloadBlob, textBlob } from '../../shared/export/download';
import { tidyCsv } from '../../shared/export/csv';
import { exportFileName } from '../../shared/export/file-names';
import { buildReportWire } from './build-report-wire';
import { checkImportFile } from './import-file';
import { importsToRows } from './imports-csv';
import { parseReportText, type ReportTextParse } from './parse-report-text';
import { parseTidyCsv, type TidyCsvGroup } from './parse-tidy-csv';
import { CsvReview } from './csv-review';
import { ReportReview } from './report-review';
import { SavedImportsList } from './saved-imports-list';
import { useSavedImports } from './use-saved-imports';
import { describeLoadFailure } from '../../lib/chunk-load';

type Pending =
  | { kind: 'report'; parse: ReportTextParse; fileName: string; importedAt: string }
  | { kind: 'csv'; groups: TidyCsvGroup[]; fileName: string; importedAt: string; warnings: string[] };

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
  const localAreas = useMemo(() => areas.filter((area) => area.kind === 'area' || area.kind === 'national'), [areas]);
  const servedVersion = served.map((result) => result.dataUpdatedAt).join(',');
  // Which area-years the data service has, so the review can say when an import replaces one.
  const servedKeys = useMemo(
    () => new Set(served.flatMap((result) => (result.data?.reports ?? []).map((report) => `${report.areaId}|${report.year}`))),
    // served is a new array each render; servedVersion changes only when a year's data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [servedVersion],
  );

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
    setPending({
      kind: 'csv',
      groups: parsed.groups,
      fileName,
      importedAt: new Date().toISOString(),
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
      setError(describeLoadFailure(problem, 'the PDF reader'));
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

  const saveWire = async (wire: ReportWire, fileName: string) => {
    try {
      const result = await saved.save(wire, fileName);
      const name = areas.find((area) => area.id === result.report.areaId)?.name ?? result.report.areaId;
      setPending(undefined);
      setText('');
      setError(undefined);
      setMessage(`Saved: ${name} ${result.report.year} now shows your imported figures, labelled “imported”, in every view.`);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };

  const saveCsvGroups = async (groups: TidyCsvGroup[], fileName: string, importedAt: string) => {
    for (const group of groups) {
      const wire = buildReportWire(
        {
          figures: Object.entries(group.figures).map(([figureId, value]) => ({ figureId, value, source: null })),
          orderWording: 'SOPO/SHPO',
          rateBasis: 'unknown',
        },
        group.areaId,
        group.year,
        { kind: 'imported', fileName, importedAt },
      );
      try {
        await saved.save(wire, fileName);
      } catch (problem) {
        setError(
          `${group.areaId} ${group.year}: ${problem instanceof Error ? problem.message : String(problem)}. Reports before it were saved; it and later ones were not.`,
        );
        return;
      }
    }
    setPending(undefined);
    setMessage(`Saved ${groups.length} ${groups.length === 1 ? 'report' : 'reports'} from ${fileName}.`);
  };

  const downloadAll = () => {
    const rows = importsToRows(
      saved.imports.map((item) => item.report),
      areas,
    );
    downloadBlob(textBlob(tidyCsv(rows), CSV_TYPE), exportFileName(['imports'], 'csv'));
  };

  const nameOf = (areaId: string) => areas.find((area) => area.id === areaId)?.name ?? areaId;

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
      <p role="status" aria-live="polite">
        {message}
      </p>
      {pending?.kind === 'report' && (
        <ReportReview
          key={pending.importedAt}
          parse={pending.parse}
          fileName={pending.fileName}
          areas={localAreas}
          years={years}
          servedKeys={servedKeys}
          importedAt={pending.importedAt}
          onSave={(wire) => saveWire(wire, pending.fileName)}
          onDiscard={() => setPending(undefined)}
        />
      )}
      {pending?.kind === 'csv' && (
        <CsvReview
          fileName={pending.fileName}
          groups={pending.groups}
          warnings={pending.warnings}
          servedKeys={servedKeys}
          nameOf={nameOf}
          onSave={() => void saveCsvGroups(pending.groups, pending.fileName, pending.importedAt)}
          onDiscard={() => setPending(undefined)}
        />
      )}
      <SavedImportsList
        imports={saved.imports}
        problems={saved.problems}
        error={saved.error}
        servedKeys={servedKeys}
        nameOf={nameOf}
        onDelete={(item) =>
          void saved
            .remove(item.key)
            .then(() => setMessage(`Deleted the import of ${nameOf(item.report.areaId)} ${item.report.year}.`))
            .catch((problem: unknown) => setError(problem instanceof Error ? problem.message : String(problem)))
        }
        onDownloadAll={downloadAll}
      />
    </section>
  );
}
