import { useState } from 'react';
import { yearStep, type YearDirection } from './year-step';

interface YearFieldProps {
  /** The years held, oldest first. */
  years: readonly string[];
  year: string;
  onChange: (year: string) => void;
  /** The id of a note about the year shown (why the view opened on it), read with the select. */
  describedBy?: string | undefined;
}

/**
 * The year select with a button each side, so a reader can watch a chart change year by year.
 * A step is a change of year like any other (a history entry, so Back returns). The buttons stay
 * in the Tab order at the ends (aria-disabled, not disabled) so that pressing one says why it does
 * nothing; the new year, or the reason, is announced in a polite live region.
 */
export function YearField({ years, year, onChange, describedBy }: YearFieldProps) {
  // What was last said, for the year it was said about: after Back or another choice it is cleared,
  // so the next step is announced even when it says the same words as before.
  const [said, setSaid] = useState<{ year: string; text: string }>();
  const stepButton = (direction: YearDirection) => {
    const step = yearStep(years, year, direction);
    const go = () => {
      if (step.target === undefined) {
        setSaid({ year, text: step.reason ?? '' });
        return;
      }
      setSaid({ year: step.target, text: `Showing ${step.target}.` });
      onChange(step.target);
    };
    return (
      <button type="button" className={`year-step year-step-${direction}`} aria-disabled={step.target === undefined} title={step.reason} onClick={go}>
        <span className="year-step-icon" aria-hidden="true" />
        <span className="visually-hidden">{step.name}</span>
      </button>
    );
  };
  return (
    <div className="field year-field">
      <label htmlFor="year-select">Year</label>
      <div className="year-stepper">
        {stepButton('earlier')}
        <select id="year-select" value={year} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)}>
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        {stepButton('later')}
      </div>
      <p className="visually-hidden" role="status">
        {said?.year === year ? said.text : ''}
      </p>
    </div>
  );
}
