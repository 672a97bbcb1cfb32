import { describeFigure } from '../../ingest/common/figure-values';
import type { ColumnSuggestion, FigureChoice } from '../../ingest/spreadsheet/map-columns';
import { CONFIDENCE_WORDS, LEAVE_OUT, type ChoiceProblem, type ColumnChoices } from '../../ingest/spreadsheet/sheet-steps';

interface ColumnsStepProps {
  idPrefix: string;
  suggestions: readonly ColumnSuggestion[];
  /** Every report figure, grouped by table for the selects. */
  figureGroups: readonly { label: string; choices: readonly FigureChoice[] }[];
  choices: ColumnChoices;
  problems: readonly ChoiceProblem[];
  onChoose: (column: number, figureId: string) => void;
}

export function columnSelectId(idPrefix: string, column: number): string {
  return `${idPrefix}-column-${column}`;
}

/** Each heading of the table with the figure it is read as: suggestions preselected with how sure they are; unknown headings left out. */
export function ColumnsStep({ idPrefix, suggestions, figureGroups, choices, problems, onChoose }: ColumnsStepProps) {
  const problemAt = new Map(problems.map((problem) => [problem.at, problem.message]));
  return (
    <>
      <p>
        Choose the figure each column holds. We suggest one where the heading (or the table’s title) says which it is, and say how sure we are. A column we
        cannot place is left out: choose its figure if it should be imported.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Columns of the table and their figures">
        <table className="review-table">
          <caption>Columns of the table</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Heading in the file</th>
              <th scope="col">Figure</th>
              <th scope="col">Our suggestion</th>
            </tr>
          </thead>
          <tbody>
            {suggestions.map((column) => {
              const id = columnSelectId(idPrefix, column.column);
              const problem = problemAt.get(column.column);
              const suggestion = column.suggestion;
              return (
                <tr key={column.column} className={problem ? 'row-error' : undefined}>
                  <td>{column.ref}</td>
                  <th scope="row">
                    <label htmlFor={id}>{column.header || `(no heading in ${column.ref})`}</label>
                    {column.notes.length > 0 && <span className="hint"> ({column.notes.map((note) => `[${note}]`).join(' ')})</span>}
                  </th>
                  <td>
                    <select
                      id={id}
                      value={choices[column.column] ?? LEAVE_OUT}
                      onChange={(event) => onChoose(column.column, event.target.value)}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-error` : `${id}-why`}
                    >
                      <option value={LEAVE_OUT}>Leave this column out</option>
                      {figureGroups.map((group) => (
                        <optgroup key={group.label} label={group.label}>
                          {group.choices.map((choice) => (
                            <option key={choice.figureId} value={choice.figureId}>
                              {choice.label}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                    {problem && (
                      <span className="field-error" id={`${id}-error`}>
                        {problem}
                      </span>
                    )}
                  </td>
                  <td id={`${id}-why`}>
                    {suggestion ? (
                      <>
                        <strong>{describeFigure(suggestion.figureId)}</strong>{' '}
                        <span className={`tag ${suggestion.confidence === 'low' ? 'tag-disputed' : 'tag-published'}`}>
                          {CONFIDENCE_WORDS[suggestion.confidence]}
                        </span>
                        <span className="hint"> {suggestion.reason}</span>
                      </>
                    ) : (
                      'None: the heading names no figure we know.'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
