import type { AnswerChoice } from '../../ingest/common/question';

/** A question's choices as the options of its select. */
export function ChoiceOptions({ choices }: { choices: readonly AnswerChoice[] }) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}
