import type { Area } from '../../domain/area';
import type { AreaRowMatch } from '../../ingest/common/area-names';
import { LEAVE_OUT, matchWords, type AreaChoices, type ChoiceProblem } from '../../ingest/spreadsheet/sheet-steps';

interface AreasStepProps {
  idPrefix: string;
  rows: readonly AreaRowMatch[];
  /** Areas with no row in the table. */
  absent: readonly string[];
  areas: readonly Area[];
  choices: AreaChoices;
  problems: readonly ChoiceProblem[];
  nameOf: (areaId: string) => string;
  onChoose: (row: number, choice: string) => void;
}

export function areaSelectId(idPrefix: string, row: number): string {
  return `${idPrefix}-area-row-${row}`;
}

/**
 * Each row's name in the file beside the area it was matched to, and how; a name we do not
 * know is asked about, never guessed: the select starts empty.
 */
export function AreasStep({ idPrefix, rows, absent, areas, choices, problems, nameOf, onChoose }: AreasStepProps) {
  const unmatched = rows.filter((row) => !row.match || row.duplicateOfRow !== undefined).length;
  const problemAt = new Map(problems.map((problem) => [problem.at, problem.message]));
  const local = areas.filter((area) => area.kind === 'area');
  const national = areas.filter((area) => area.kind === 'national');
  return (
    <>
      <p>
        {rows.length - unmatched} of {rows.length} names matched an area.
        {unmatched > 0 &&
          ` Choose the area for the ${unmatched === 1 ? 'other one' : `other ${unmatched}`}, or leave ${unmatched === 1 ? 'it' : 'them'} out.`}{' '}
        Check each match: change any that is wrong.
      </p>
      {absent.length > 0 && (
        <p className="hint">
          No row names {absent.length === 1 ? 'this area' : `these ${absent.length} areas`}: {absent.map(nameOf).join(', ')}. Their figures stay as they are.
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
            {rows.map((row) => {
              const id = areaSelectId(idPrefix, row.row);
              const problem = problemAt.get(row.row);
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
                      value={choices[row.row] ?? ''}
                      onChange={(event) => onChoose(row.row, event.target.value)}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-error` : `${id}-how`}
                    >
                      <option value="">Choose an area</option>
                      {national.map((area) => (
                        <option key={area.id} value={area.id}>
                          {area.name}
                        </option>
                      ))}
                      {local.map((area) => (
                        <option key={area.id} value={area.id}>
                          {area.name}
                        </option>
                      ))}
                      <option value={LEAVE_OUT}>Leave this row out</option>
                    </select>
                    {problem && (
                      <span className="field-error" id={`${id}-error`}>
                        {problem}
                      </span>
                    )}
                  </td>
                  <td id={`${id}-how`}>{howChosen(row, choices[row.row] ?? '')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function howChosen(row: AreaRowMatch, choice: string): string {
  if (choice === LEAVE_OUT) return 'left out: not imported';
  if (choice !== '' && (choice !== row.match?.areaId || row.duplicateOfRow !== undefined)) return 'chosen by you';
  return matchWords(row);
}
