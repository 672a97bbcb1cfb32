import type { ReviewSummary } from '../../../ingest/review/spreadsheet-review-model';
import type { LeftOutRow } from '../../../ingest/spreadsheet/long-table-import';
import type { ImportIssue } from '../../../ingest/spreadsheet/spreadsheet-import';

interface ReviewNotesProps {
  fileLabel: string;
  continueLabel: string;
  summary: ReviewSummary;
  warnings: readonly ImportIssue[];
  /** Problems not about one cell (choices that contradict each other). */
  generalErrors: readonly ImportIssue[];
  leftOut: readonly LeftOutRow[] | undefined;
}

const LISTED = 12;

/** What saving will do, in a few lines: how many figures, what is not imported and why, and what differs from the figures held here. */
export function ReviewNotes({ fileLabel, continueLabel, summary, warnings, generalErrors, leftOut }: ReviewNotesProps) {
  const differing = Object.entries(summary.differing).map(
    ([status, count]) => `${count} ${status === 'sources disagree' ? 'where published sources disagree' : status}`,
  );
  return (
    <>
      <p>
        Nothing is saved until you press “{continueLabel}”. Each figure is shown beside the cell it was read from and the figure held here now. Saved figures
        are labelled “imported” in every view, citing {fileLabel}. Each area’s import gives only these figures: its other figures stay as they are.
      </p>
      <ul>
        <li>
          {summary.imported} {summary.imported === 1 ? 'figure' : 'figures'} for {summary.areaYears} {summary.areaYears === 1 ? 'area' : 'areas'} to import.
        </li>
        {summary.notPublished > 0 && (
          <li>
            {summary.notPublished} {summary.notPublished === 1 ? 'cell says' : 'cells say'} the figure is not published ([x], [c] or [w]): saved as “not
            published”, citing the file and cell, in place of an illustrative figure or none. Never read as 0.
          </li>
        )}
        {summary.notGiven > 0 && (
          <li>
            {summary.notGiven} {summary.notGiven === 1 ? 'cell is' : 'cells are'} blank, or {summary.notGiven === 1 ? 'says' : 'say'} “not published” where a
            published or imported figure is held here: not imported, never read as 0; the figures held here stay.
          </li>
        )}
        {summary.unreadable > 0 && (
          <li>
            {summary.unreadable} {summary.unreadable === 1 ? 'cell' : 'cells'} could not be read as a figure: not imported (see “could not be read” below).
          </li>
        )}
        {summary.differingCount > 0 ? (
          <li>
            {summary.differingCount} {summary.differingCount === 1 ? 'figure differs' : 'figures differ'} from the figure held here ({differing.join(', ')}):
            saving shows the file’s figure in its place, labelled “imported”. Delete the import to bring back the figure held now.
          </li>
        ) : (
          <li>No figure to import differs from the figures held here.</li>
        )}
      </ul>
      <NoteList title="Please check" items={warnings.map((warning) => warning.message)} />
      <NoteList title="Not imported" items={generalErrors.map((error) => error.message)} />
      {leftOut && leftOut.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">
            {leftOut.length} {leftOut.length === 1 ? 'row is' : 'rows are'} not imported
          </p>
          <ul>
            {leftOut.slice(0, LISTED).map((row) => (
              <li key={`${row.row}-${row.reason}`}>
                Row {row.row + 1} ({row.areaText || 'no area'}, {row.measureLabel || 'no measure'}): {row.reason}.
              </li>
            ))}
            {leftOut.length > LISTED && <li>and {leftOut.length - LISTED} more</li>}
          </ul>
        </div>
      )}
    </>
  );
}

function NoteList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="warning" role="note">
      <p className="warning-title">{title}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
