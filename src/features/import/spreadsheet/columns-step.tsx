import { describeFigure } from '../../../ingest/common/figure-values';
import { shownAnswer, type AnswerChoice, type IngestAnswers, type IngestQuestion } from '../../../ingest/common/question';
import { CONFIDENCE_WORDS } from '../../../ingest/spreadsheet/columns';
import type { ColumnSuggestion } from '../../../ingest/spreadsheet/map-columns';
import type { ChoiceProblem } from '../../../ingest/spreadsheet/sheets';
import { ChoiceOptions } from '../choice-options';

interface ColumnsStepProps {
  idPrefix: string;
  suggestions: readonly ColumnSuggestion[];
  /** One per column, in the same order. */
  questions: readonly IngestQuestion[];
  answers: IngestAnswers;
  problems: readonly ChoiceProblem[];
  onAnswer: (question: IngestQuestion, answer: string) => void;
}

export function columnSelectId(idPrefix: string, column: number): string {
  return `${idPrefix}-column-${column}`;
}

/** Each heading of the table with the figure it is read as: suggestions preselected with how sure they are; unknown headings left out. */
export function ColumnsStep({ idPrefix, suggestions, questions, answers, problems, onAnswer }: ColumnsStepProps) {
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
            {suggestions.map((column, index) => {
              const question = questions[index];
              if (!question) return null;
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
                      value={shownAnswer(question, answers)}
                      onChange={(event) => onAnswer(question, event.target.value)}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-error` : `${id}-why`}
                    >
                      {grouped(question.choices).map(({ group, choices }) =>
                        group === undefined ? (
                          <ChoiceOptions key="ungrouped" choices={choices} />
                        ) : (
                          <optgroup key={group} label={group}>
                            <ChoiceOptions choices={choices} />
                          </optgroup>
                        ),
                      )}
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

/** The choices in runs of the same group, in order: "Leave this column out", then each table's figures. */
function grouped(choices: readonly AnswerChoice[]): { group: string | undefined; choices: AnswerChoice[] }[] {
  const runs: { group: string | undefined; choices: AnswerChoice[] }[] = [];
  for (const choice of choices) {
    const last = runs.at(-1);
    if (last && last.group === choice.group) last.choices.push(choice);
    else runs.push({ group: choice.group, choices: [choice] });
  }
  return runs;
}
