import { sheetOptionLabel, type SheetOption } from '../../../ingest/spreadsheet/sheets';

interface SheetStepProps {
  idPrefix: string;
  options: readonly SheetOption[];
  /** The suggested sheet, and why it is suggested. */
  suggested: string | undefined;
  reason: string | undefined;
  chosen: string;
  onChoose: (name: string) => void;
}

/** Which sheet holds the table: every sheet with its title; a hidden, empty or too large one says so. */
export function SheetStep({ idPrefix, options, suggested, reason, chosen, onChoose }: SheetStepProps) {
  return (
    <fieldset className="field">
      <legend>Which sheet holds the table of areas?</legend>
      <p className="hint" id={`${idPrefix}-sheet-hint`}>
        Each sheet is listed with its title (its first line) and size. We suggest the visible sheet with the most rows naming an area.
      </p>
      {reason && (
        <p className="hint" id={`${idPrefix}-sheet-reason`}>
          {suggested ? `“${suggested}”. ` : ''}
          {reason}
        </p>
      )}
      <ul className="plain-list">
        {options.map((option, index) => (
          <li key={option.name}>
            <label>
              <input
                type="radio"
                id={index === 0 ? `${idPrefix}-sheet` : undefined}
                name={`${idPrefix}-sheet`}
                value={option.name}
                checked={chosen === option.name}
                disabled={option.unavailable !== undefined}
                onChange={() => onChoose(option.name)}
                aria-describedby={option.name === suggested && reason ? `${idPrefix}-sheet-hint ${idPrefix}-sheet-reason` : `${idPrefix}-sheet-hint`}
              />{' '}
              {sheetOptionLabel(option)}
              {option.name === suggested && (
                <>
                  {' '}
                  <strong className="tag">suggested</strong>
                </>
              )}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
