import { describeFigure } from '../../ingest/common/figure-values';
import { keepBothText, sideText, type EarlierComparison, type EarlierRecord, type SecondImportChoice } from './second-import';

interface EarlierImportChoiceProps {
  /** Unique per review, for the radio group's name and ids. */
  idPrefix: string;
  areaName: string;
  year: string;
  earlier: readonly EarlierRecord[];
  comparison: EarlierComparison | undefined;
  choice: SecondImportChoice | undefined;
  onChoose: (choice: SecondImportChoice) => void;
  /** Shown beside the choice when the user tried to save without one. */
  error?: string;
}

const LISTED = 8;

/** The earlier import(s) of this area and year, and the user's choice: replace, keep both, or cancel. */
export function EarlierImportChoice({ idPrefix, areaName, year, earlier, comparison, choice, onChoose, error }: EarlierImportChoiceProps) {
  const differing = comparison?.figures.filter((figure) => figure.agreement === 'differs') ?? [];
  const one = earlier.length === 1;
  const options: { value: SecondImportChoice; label: string; hint: string }[] = [
    {
      value: 'replace',
      label: one ? 'Replace the earlier import' : 'Replace the earlier imports',
      hint: `${one ? 'The earlier import is' : 'The earlier imports are'} deleted when you save. You can undo this straight after.`,
    },
    {
      value: 'keep-both',
      label: one ? 'Keep both' : 'Keep them all',
      hint: keepBothText(comparison, earlier.length),
    },
    {
      value: 'cancel',
      label: 'Cancel this import',
      hint: `Nothing is saved; ${one ? 'the earlier import stays' : 'the earlier imports stay'} as ${one ? 'it is' : 'they are'}.`,
    },
  ];
  return (
    <>
      {/* Above the box: red on its yellow would be too faint to read. */}
      {error && (
        <p className="field-error" id={`${idPrefix}-error`}>
          {error}
        </p>
      )}
      <div className="warning">
        <fieldset className="field">
          <legend>
            {areaName} {year} already has {one ? 'an import' : `${earlier.length} imports`}: {earlier.map(describeEarlier).join('; ')}. What should happen?
          </legend>
          {differing.length > 0 ? (
            <>
              <p className="warning-hint">
                {differing.length === 1 ? 'One figure differs' : `${differing.length} figures differ`} from the earlier import (shown side by side below):
              </p>
              <ul>
                {differing.slice(0, LISTED).map((figure) => (
                  <li key={figure.figureId}>
                    {describeFigure(figure.figureId)}: earlier {sideText(figure.earlier)}, this import {sideText(figure.incoming)}
                  </li>
                ))}
                {differing.length > LISTED && <li>and {differing.length - LISTED} more</li>}
              </ul>
            </>
          ) : comparison ? (
            <p className="warning-hint">The two imports agree on every figure they both give.</p>
          ) : null}
          <div className="segmented">
            {options.map((option, index) => (
              <label key={option.value}>
                <input
                  id={index === 0 ? `${idPrefix}-choice` : undefined}
                  type="radio"
                  name={`${idPrefix}-choice`}
                  value={option.value}
                  checked={choice === option.value}
                  onChange={() => onChoose(option.value)}
                  aria-describedby={`${idPrefix}-${option.value}-hint${error ? ` ${idPrefix}-error` : ''}`}
                />
                {option.label}
              </label>
            ))}
          </div>
          <ul className="warning-hint">
            {options.map((option) => (
              <li key={option.value} id={`${idPrefix}-${option.value}-hint`}>
                <strong>{option.label}:</strong> {option.hint}
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
    </>
  );
}

function describeEarlier(record: EarlierRecord): string {
  const when = new Date(record.savedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const part = record.figureIds ? ` (${record.figureIds.length === 1 ? '1 figure' : `${record.figureIds.length} figures`} only)` : '';
  return `${record.fileName}${part}, saved ${when}`;
}
