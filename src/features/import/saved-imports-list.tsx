import type { SavedImport } from './saved-imports';

interface SavedImportsListProps {
  imports: SavedImport[];
  problems: string[];
  error: string | undefined;
  servedKeys: ReadonlySet<string>;
  nameOf: (areaId: string) => string;
  onDelete: (item: SavedImport) => void;
  onDownloadAll: () => void;
}

/** The imports kept in this browser, each with a delete button, and one CSV of them all. */
export function SavedImportsList({ imports, problems, error, servedKeys, nameOf, onDelete, onDownloadAll }: SavedImportsListProps) {
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
              {imports.map((item) => (
                <tr key={item.key}>
                  <th scope="row">{nameOf(item.report.areaId)}</th>
                  <td>{item.report.year}</td>
                  <td>
                    {item.fileName}
                    {servedKeys.has(item.key) && <span className="hint"> (replaces the served figures)</span>}
                  </td>
                  <td>{new Date(item.savedAt).toLocaleString('en-GB')}</td>
                  <td>
                    <button type="button" className="button-secondary" onClick={() => onDelete(item)}>
                      Delete
                      <span className="visually-hidden">
                        {' '}
                        the import of {nameOf(item.report.areaId)} {item.report.year}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" className="button-secondary" onClick={onDownloadAll}>
              Download all imports as CSV
            </button>
          </p>
        </>
      )}
    </section>
  );
}
