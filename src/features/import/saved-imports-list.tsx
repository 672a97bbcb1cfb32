import { useEffect, useRef, useState } from 'react';
import { ConfirmDelete } from './confirm-delete';
import { areaYearOf } from '../../shared/user-data/combine-imports';
import { filesWithSeveralImports } from './file-imports';
import type { SavedImport } from '../../shared/user-data/saved-imports';

interface SavedImportsListProps {
  imports: SavedImport[];
  problems: string[];
  error: string | undefined;
  servedKeys: ReadonlySet<string>;
  nameOf: (areaId: string) => string;
  /** Called once the user has confirmed. */
  onDelete: (item: SavedImport) => void;
  /** Delete every import from one file (or sheet of a workbook); called once the user has confirmed. */
  onDeleteFile: (fileName: string) => void;
  onDownloadAll: () => void;
  /** Every saved import as one data bundle, to open in another browser or add with `npm run data`. */
  onDownloadBundle: () => void;
}

/** The imports kept in this browser, each with a delete button that asks first; one CSV of them all, and one data bundle. */
export function SavedImportsList({
  imports,
  problems,
  error,
  servedKeys,
  nameOf,
  onDelete,
  onDeleteFile,
  onDownloadAll,
  onDownloadBundle,
}: SavedImportsListProps) {
  const [confirming, setConfirming] = useState<string | undefined>();
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const files = filesWithSeveralImports(imports);
  const perAreaYear = new Map<string, number>();
  for (const item of imports) perAreaYear.set(areaYearOf(item), (perAreaYear.get(areaYearOf(item)) ?? 0) + 1);

  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">Saved imports</h2>
      {error && (
        <div className="error-summary" role="alert">
          <p>Saved imports could not be loaded: {error}</p>
        </div>
      )}
      {problems.length > 0 && (
        <div className="warning" role="note">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {imports.length === 0 ? (
        <p>No imports yet.</p>
      ) : (
        <>
          <table>
            <caption>Reports imported in this browser</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Year</th>
                <th scope="col">From</th>
                <th scope="col">Saved</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {imports.map((item) => {
                const what = `the import of ${nameOf(item.report.areaId)} ${item.report.year} from ${item.fileName}`;
                return (
                  <tr key={item.key}>
                    <th scope="row">{nameOf(item.report.areaId)}</th>
                    <td>{item.report.year}</td>
                    <td>
                      {item.fileName}
                      {scopeHints(item, servedKeys.has(areaYearOf(item)), (perAreaYear.get(areaYearOf(item)) ?? 1) > 1).map((hint) => (
                        <span key={hint} className="hint">
                          {' '}
                          ({hint})
                        </span>
                      ))}
                    </td>
                    <td>{new Date(item.savedAt).toLocaleString('en-GB')}</td>
                    <td>
                      <ConfirmDelete
                        confirming={confirming === item.key}
                        what={what}
                        one
                        ask="Delete this import? "
                        buttonRef={confirmButton}
                        onAsk={() => setConfirming(item.key)}
                        onAnswer={(yes) => {
                          setConfirming(undefined);
                          if (yes) onDelete(item);
                        }}
                      >
                        Delete<span className="visually-hidden"> {what}</span>
                      </ConfirmDelete>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {files.length > 0 && (
            <>
              <h3>Files that gave several imports</h3>
              <ul>
                {files.map(({ fileName, count }) => {
                  const what = `the ${count} imports from ${fileName}`;
                  const key = `file|${fileName}`;
                  return (
                    <li key={fileName}>
                      {fileName}: {count} imports{' '}
                      <ConfirmDelete
                        confirming={confirming === key}
                        what={what}
                        one={false}
                        ask={`Delete all ${count}? `}
                        buttonRef={confirmButton}
                        onAsk={() => setConfirming(key)}
                        onAnswer={(yes) => {
                          setConfirming(undefined);
                          if (yes) onDeleteFile(fileName);
                        }}
                      >
                        Delete all {count}
                        <span className="visually-hidden"> imports from {fileName}</span>
                      </ConfirmDelete>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <p className="chart-toolbar">
            <button type="button" className="button-secondary" onClick={onDownloadAll}>
              Download all imports as CSV
            </button>
            <button type="button" className="button-secondary" onClick={onDownloadBundle} aria-describedby="download-bundle-hint">
              Download my imports
            </button>
          </p>
          <p className="hint" id="download-bundle-hint">
            “Download my imports” saves every import above as one data bundle (JSON), with its figures, sources and file: open it in another browser with “Open
            a data bundle”, or add it for every reader with <code>npm run data -- add</code>.
          </p>
        </>
      )}
    </section>
  );
}

/** What an import does to the figures shown, in a few words each. */
function scopeHints(item: SavedImport, served: boolean, shared: boolean): string[] {
  const hints: string[] = [];
  if (item.figureIds) {
    const count = item.figureIds.length === 1 ? '1 figure only' : `${item.figureIds.length} figures only`;
    hints.push(served ? `${count}; the other served figures stay` : count);
  } else if (served) {
    hints.push('replaces the served figures');
  }
  if (shared) hints.push('kept beside another import of this area and year: figures that differ show as disputed');
  return hints;
}
