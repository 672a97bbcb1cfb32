import type { IngestQuestion } from '../../ingest/common/question';
import { ChoiceOptions } from './choice-options';

interface QuestionSelectProps {
  id: string;
  question: IngestQuestion;
  /** The answer shown chosen; '' shows `empty`. */
  value: string;
  /** The option shown while nothing is chosen ("Choose a column"); without it, '' is not offered. */
  empty?: string;
  /** The label, when not the question's own words. */
  label?: string;
  onChange: (value: string) => void;
}

/** One question of the ingest layer as a select: its words as the label, its reason (or evidence) as the hint, its choices. */
export function QuestionSelect({ id, question, value, empty, label, onChange }: QuestionSelectProps) {
  const hint = question.why ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? question.what}</label>
      {hint && (
        <p className="hint" id={hint}>
          {question.why}
        </p>
      )}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={hint}>
        {empty !== undefined && <option value="">{empty}</option>}
        <ChoiceOptions choices={question.choices} />
      </select>
    </div>
  );
}
