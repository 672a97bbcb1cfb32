import { SECOND_IMPORT_CHOICES, type SecondImportChoice } from '../second-import';

const CHOICE_FOR_ALL: Record<SecondImportChoice, string> = {
  replace: 'Replace every earlier import',
  'keep-both': 'Keep both, for every one',
  cancel: 'Import none of these area-years',
};

interface ChoiceForAllProps {
  idPrefix: string;
  /** The area-years that already have an import. */
  keys: readonly string[];
  choices: Readonly<Record<string, SecondImportChoice>>;
  onChoose: (choice: SecondImportChoice) => void;
}

/** One choice for every area-year already imported, when there are several. */
export function ChoiceForAll({ idPrefix, keys, choices, onChoose }: ChoiceForAllProps) {
  if (keys.length < 2) return null;
  return (
    <fieldset className="field">
      <legend>{keys.length} of these area-years already have an import. Choose what happens to all of them (or one by one below):</legend>
      <div className="segmented">
        {SECOND_IMPORT_CHOICES.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={`${idPrefix}-choice-all`}
              value={choice}
              checked={keys.every((key) => choices[key] === choice)}
              onChange={() => onChoose(choice)}
            />
            {CHOICE_FOR_ALL[choice]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
