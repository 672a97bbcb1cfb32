import type { SpreadsheetReviewRow } from '../../../ingest/review/spreadsheet-review-model';
import { outcomeWords } from '../../../ingest/review/spreadsheet-review-model';
import type { SecondImportChoice } from '../second-import';

interface ReviewFiguresProps {
  fileLabel: string;
  rows: readonly SpreadsheetReviewRow[];
  /** The reader's choice for each area-year that already has an import. */
  choices: Readonly<Record<string, SecondImportChoice>>;
  onlyDiffering: boolean;
  onOnlyDiffering: (only: boolean) => void;
  nameOf: (areaId: string) => string;
}

const STATUS_TAGS: Record<string, string> = {
  published: 'tag-published',
  imported: 'tag-imported',
  illustrative: 'tag-illustrative',
  'sources disagree': 'tag-disputed',
};

/** Every figure of the file beside the cell it came from, the figure held here now and what saving does with it. */
export function ReviewFigures({ fileLabel, rows, choices, onlyDiffering, onOnlyDiffering, nameOf }: ReviewFiguresProps) {
  const shown = onlyDiffering ? rows.filter((row) => row.comparison === 'differs') : rows;
  return (
    <>
      <div className="field">
        <label>
          <input type="checkbox" checked={onlyDiffering} onChange={(event) => onOnlyDiffering(event.target.checked)} /> Show only the figures that differ from
          those held here
        </label>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Figures from ${fileLabel}`}>
        <table className="review-table">
          <caption>
            Figures from {fileLabel}, each beside the figure held here now{onlyDiffering ? ' (only those that differ)' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Year</th>
              <th scope="col">Figure</th>
              <th scope="col">In the file</th>
              <th scope="col">Read from</th>
              <th scope="col">Held here now</th>
              <th scope="col">Saving</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key} className={row.outcome === 'unreadable' ? 'row-error' : undefined}>
                <th scope="row">{nameOf(row.areaId)}</th>
                <td>{row.year}</td>
                <td>{row.figureLabel}</td>
                <td>
                  {row.incomingText}
                  {row.flags.map((flag) => (
                    <span key={flag} className="hint">
                      {' '}
                      ({flag})
                    </span>
                  ))}
                </td>
                <td className="source-cell">
                  {row.from}
                  {row.cellText !== '' && (
                    <>
                      : <code>{row.cellText}</code>
                    </>
                  )}
                </td>
                <td>
                  {row.held ? (
                    <>
                      {row.held.text} <span className={`tag ${STATUS_TAGS[row.held.status] ?? ''}`}>{row.held.status}</span>
                    </>
                  ) : (
                    'no figure held here'
                  )}
                  {row.comparison === 'differs' && row.outcome === 'imported' && <span className="tag tag-disputed">differs</span>}
                </td>
                <td>
                  {outcomeWords(row)}
                  {row.outcome === 'imported' && choices[`${row.areaId}|${row.year}`] === 'cancel' ? ' (but you chose to cancel this area-year)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
