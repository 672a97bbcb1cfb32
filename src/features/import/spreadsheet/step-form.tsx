import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ChoiceProblem } from '../../../ingest/spreadsheet/sheets';

export interface StepProblem extends Partial<ChoiceProblem> {
  message: string;
  /** The id of the control to go to from the error summary. */
  target?: string;
}

interface StepFormProps {
  id: string;
  /** "Step 2 of 6" */
  position: string;
  title: string;
  children: ReactNode;
  problems: readonly StepProblem[];
  continueLabel?: string;
  onContinue: () => void;
  onBack: (() => void) | undefined;
  onDiscard: () => void;
}

/**
 * One step of the spreadsheet import: a plain form with its own heading, which takes focus when
 * the step opens, an error summary linking to each control to fix, and Back, Continue, Discard.
 */
export function StepForm({ id, position, title, children, problems, continueLabel = 'Continue', onContinue, onBack, onDiscard }: StepFormProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [submits, setSubmits] = useState(0);
  useEffect(() => heading.current?.focus(), []);
  // After each press of Continue that leaves something to fix, focus goes to the list of what.
  const hasProblems = problems.length > 0;
  useEffect(() => {
    if (submits > 0 && hasProblems) summary.current?.focus();
  }, [submits, hasProblems]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmits((count) => count + 1);
    onContinue();
  };
  return (
    <form aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1} className="page-heading">
        <span className="hint">{position}: </span>
        {title}
      </h3>
      {problems.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <p>
            <strong>Before you go on:</strong>
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.message}>{problem.target ? <a href={`#${problem.target}`}>{problem.message}</a> : problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {children}
      <div className="chart-toolbar">
        {onBack && (
          <button type="button" className="button-secondary" onClick={onBack}>
            Back
          </button>
        )}
        <button type="submit" className="button">
          {continueLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </form>
  );
}
