import type { SheetYear } from '../../ingest/spreadsheet/sheet-year';

interface YearStepProps {
  idPrefix: string;
  found: SheetYear;
  options: readonly string[];
  year: string;
  problem: string | undefined;
  onChoose: (year: string) => void;
}

/** The year the table covers: read from its title where it says, else asked; never assumed. */
export function YearStep({ idPrefix, found, options, year, problem, onChoose }: YearStepProps) {
  const id = `${idPrefix}-year`;
  const hint =
    found.kind === 'found'
      ? `Read from ${found.from}: “${found.text.length > 120 ? `${found.text.slice(0, 119)}…` : found.text}”. Change it if that is wrong.`
      : found.candidates.length > 1
        ? `The title names more than one year (${found.candidates.join(', ')}): choose the one the figures are for.`
        : 'We could not find the year in the title, the sheet or the file name: choose it.';
  return (
    <div className="field">
      <label htmlFor={id}>Which year are the figures for?</label>
      <p className="hint" id={`${id}-hint`}>
        {hint} A MAPPA year runs from 1 April to 31 March; counts “on 31 March 2023” are for 2022-23.
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
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
