import type { AreaRowMatch } from '../../../ingest/common/area-names';
import { LEAVE_OUT, shownAnswer, type IngestAnswers, type IngestQuestion } from '../../../ingest/common/question';
import type { ChoiceProblem } from '../../../ingest/spreadsheet/sheets';
import { ChoiceOptions } from '../choice-options';

interface AreasStepProps {
  idPrefix: string;
  rows: readonly AreaRowMatch[];
  /** One per row, in the same order. */
  questions: readonly IngestQuestion[];
  /** Areas with no row in the table. */
  absent: readonly string[];
  answers: IngestAnswers;
  problems: readonly ChoiceProblem[];
  nameOf: (areaId: string) => string;
  onAnswer: (question: IngestQuestion, answer: string) => void;
}

export function areaSelectId(idPrefix: string, row: number): string {
  return `${idPrefix}-area-row-${row}`;
}

/**
 * Each row's name in the file beside the area it was matched to, and how; a name we do not
 * know is asked about, never guessed: the select starts empty.
 */
export function AreasStep({ idPrefix, rows, questions, absent, answers, problems, nameOf, onAnswer }: AreasStepProps) {
  const unmatched = questions.filter((question) => question.suggested === undefined).length;
  const problemAt = new Map(problems.map((problem) => [problem.at, problem.message]));
  return (
    <>
      <p>{namesSummary(rows.length, unmatched, absent.length)} Check each match: change any that is wrong.</p>
      {absent.length > 0 && (
        <p className="hint">
          No row names {absent.length === 1 ? 'this area' : `these ${absent.length} areas`}: {absent.map(nameOf).join(', ')}. Their figures stay as they are. If
          the table has a row for one, check the heading row in step 2: a row taken for headings is not read as an area.
        </p>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Area names in the file and their matches">
        <table className="review-table">
          <caption>Area names in the file</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name in the file</th>
              <th scope="col">Area</th>
              <th scope="col">How it was matched</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const question = questions[index];
              if (!question) return null;
              const id = areaSelectId(idPrefix, row.row);
              const problem = problemAt.get(row.row);
              const choice = shownAnswer(question, answers);
              return (
                <tr key={row.row} className={problem ? 'row-error' : undefined}>
                  <td>{row.ref}</td>
                  <th scope="row">
                    <label htmlFor={id}>{row.text}</label>
                    {row.notes.length > 0 && <span className="hint"> ({row.notes.map((note) => `[${note}]`).join(' ')})</span>}
                  </th>
                  <td>
                    <select
                      id={id}
                      value={choice}
                      onChange={(event) => onAnswer(question, event.target.value)}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-error` : `${id}-how`}
                    >
                      <option value="">Choose an area</option>
                      <ChoiceOptions choices={question.choices} />
                    </select>
                    {problem && (
                      <span className="field-error" id={`${id}-error`}>
                        {problem}
                      </span>
                    )}
                  </td>
                  <td id={`${id}-how`}>{howChosen(question, choice)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * "41 of 42 names in the table matched an area. Choose the area for the other one, or leave it
 * out." Never "all matched" while an area has no row: that is said in the same breath.
 */
export function namesSummary(rowCount: number, unmatched: number, absentCount: number): string {
  const matched = `${rowCount - unmatched} of ${rowCount} ${rowCount === 1 ? 'name' : 'names'} in the table matched an area`;
  const absent = absentCount > 0 ? `, and ${absentCount === 1 ? 'one area has' : `${absentCount} areas have`} no row` : '';
  const ask =
    unmatched > 0 ? ` Choose the area for the ${unmatched === 1 ? 'other one' : `other ${unmatched}`}, or leave ${unmatched === 1 ? 'it' : 'them'} out.` : '';
  return `${matched}${absent}.${ask}`;
}

function howChosen(question: IngestQuestion, choice: string): string {
  if (choice === LEAVE_OUT) return 'left out: not imported';
  if (choice !== '' && choice !== question.suggested) return 'chosen by you';
  return question.why ?? '';
}
