import { describeFigure } from '../../../ingest/common/figure-values';
import type { ReviewRow } from '../../../ingest/review/report-review-model';
import { valueToText } from '../../../ingest/review/report-review-model';
import { sideText, type SideBySideFigure } from '../second-import';

interface ReviewFiguresTableProps {
  title: string;
  rows: readonly ReviewRow[];
  edits: Readonly<Record<string, string>>;
  fieldErrors: Readonly<Record<string, string>>;
  /** Tables found but not read (their headings could not be matched). */
  notRead: ReadonlySet<string>;
  /** The earlier import beside each figure, when this area and year already has one. */
  earlier: ReadonlyMap<string, SideBySideFigure> | undefined;
  onEdit: (figureId: string, text: string) => void;
}

export function figureInputId(figureId: string): string {
  return `figure-${figureId.replace(/\./g, '-')}`;
}

/** One table of the review: each figure's box, a "Check this" note where the parser doubts it, its line, and the earlier import's value. */
export function ReviewFiguresTable({ title, rows, edits, fieldErrors, notRead, earlier, onEdit }: ReviewFiguresTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${title}: figures to check`}>
      <table className="review-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Read from</th>
            {earlier && <th scope="col">Earlier import</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ figureId, extracted }) => {
            const error = fieldErrors[figureId];
            const inputId = figureInputId(figureId);
            const check = extracted?.check;
            const describedBy = [error ? `${inputId}-error` : '', check ? `${inputId}-check` : ''].filter(Boolean).join(' ');
            const side = earlier?.get(figureId);
            return (
              <tr key={figureId} className={error ? 'row-error' : undefined}>
                <th scope="row">
                  <label htmlFor={inputId}>{describeFigure(figureId)}</label>
                </th>
                <td>
                  <input
                    id={inputId}
                    inputMode="numeric"
                    className="figure-input"
                    value={edits[figureId] ?? valueToText(extracted?.value ?? null)}
                    onChange={(event) => onEdit(figureId, event.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy || undefined}
                  />
                  {error && (
                    <span className="field-error" id={`${inputId}-error`}>
                      {error}
                    </span>
                  )}
                  {check && (
                    <p className="hint" id={`${inputId}-check`}>
                      <span className="tag tag-disputed">Check this</span> {check}
                    </p>
                  )}
                </td>
                <td className="source-cell">
                  {extracted?.source && extracted.value !== null ? (
                    <>
                      line {extracted.source.lineNumber}: <code>{extracted.source.text.slice(0, 120)}</code>
                    </>
                  ) : notRead.has(figureId.split('.')[0] ?? '') ? (
                    <em>not read: see “Please check” above</em>
                  ) : (
                    <em>not found</em>
                  )}
                </td>
                {earlier && (
                  <td className="num">
                    {side ? sideText(side.earlier) : 'not given'}
                    {side?.agreement === 'differs' && <span className="tag tag-disputed">differs</span>}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
