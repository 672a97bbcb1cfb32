import type { IngestQuestion } from '../../../ingest/common/question';
import { ChoiceOptions } from '../choice-options';

interface YearStepProps {
  idPrefix: string;
  question: IngestQuestion;
  year: string;
  problem: string | undefined;
  onChoose: (year: string) => void;
}

/** The year the table covers: read from its title where it says, else asked; never assumed. */
export function YearStep({ idPrefix, question, year, problem, onChoose }: YearStepProps) {
  const id = `${idPrefix}-year`;
  return (
    <div className="field">
      <label htmlFor={id}>{question.what}</label>
      <p className="hint" id={`${id}-hint`}>
        {question.why} A MAPPA year runs from 1 April to 31 March; counts “on 31 March 2023” are for 2022-23.
      </p>
      {problem && (
        <span className="field-error" id={`${id}-error`}>
          {problem}
        </span>
      )}
      <select
        id={id}
        value={year}
        onChange={(event) => onChoose(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
      >
        <option value="">Choose a year</option>
        <ChoiceOptions choices={question.choices} />
      </select>
    </div>
  );
}
