import { EarlierImportChoice } from './earlier-import-choice';
import type { EarlierRecord, Repeat, SecondImportChoice } from './second-import';

interface EarlierChoicesProps<T extends { key: string }> {
  idPrefix: string;
  repeats: readonly Repeat<T, EarlierRecord>[];
  choices: Readonly<Record<string, SecondImportChoice>>;
  /** The reader tried to save: an area-year still without a choice says so. */
  attempted: boolean;
  placeOf: (item: T) => { areaName: string; year: string };
  onChoose: (key: string, choice: SecondImportChoice) => void;
}

/** For each area-year already imported, the earlier import(s) beside this one and the reader's choice. */
export function EarlierChoices<T extends { key: string }>({ idPrefix, repeats, choices, attempted, placeOf, onChoose }: EarlierChoicesProps<T>) {
  return repeats.map(({ item, earlier, comparison }) => {
    const { areaName, year } = placeOf(item);
    return (
      <EarlierImportChoice
        key={item.key}
        idPrefix={`${idPrefix}-${item.key.replace(/\|/g, '-')}`}
        areaName={areaName}
        year={year}
        earlier={earlier}
        comparison={comparison}
        choice={choices[item.key]}
        onChoose={(choice) => onChoose(item.key, choice)}
        error={attempted && !choices[item.key] ? `Choose what to do with the earlier import of ${areaName} ${year}.` : undefined}
      />
    );
  });
}
