import { useMemo, useState } from 'react';
import { EarlierChoices } from './earlier-choices';
import type { CsvGroupImport } from '../../ingest/tidy-csv/ingest-tidy-csv';
import type { SavedImport } from '../../shared/user-data/saved-imports';
import { SaveReviewed } from './save-reviewed';
import { repeatsOf, type SecondImportChoice } from './second-import';

interface CsvReviewProps {
  fileName: string;
  imports: CsvGroupImport[];
  warnings: string[];
  servedKeys: ReadonlySet<string>;
  savedImports: readonly SavedImport[];
  importedAt: string;
  nameOf: (areaId: string) => string;
  /** Save, with the user's choice for each area-year that already has an import. */
  onSave: (choices: Readonly<Record<string, SecondImportChoice>>) => void;
  onDiscard: () => void;
}

/** The reports found in a tidy CSV, to confirm before saving them all; an area-year already imported asks first. */
export function CsvReview({ fileName, imports, warnings, servedKeys, savedImports, importedAt, nameOf, onSave, onDiscard }: CsvReviewProps) {
  const [choices, setChoices] = useState<Record<string, SecondImportChoice>>({});
  const [attempted, setAttempted] = useState(false);
  const repeats = useMemo(() => repeatsOf(imports, savedImports, importedAt), [imports, savedImports, importedAt]);
  const unchosen = repeats.filter(({ item }) => !choices[item.key]);
  const saving = imports.filter((item) => choices[item.key] !== 'cancel').length;

  const save = () => {
    setAttempted(true);
    if (unchosen.length === 0) onSave(choices);
  };

  return (
    <section aria-labelledby="csv-review-heading" className="review">
      <h2 id="csv-review-heading">Check the reports in {fileName}</h2>
      {warnings.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">Rows we left out</p>
          <ul>
            {warnings.slice(0, 10).map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <table>
        <caption>Reports found in the file</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              Figures with a value
            </th>
            <th scope="col">Replaces served figures?</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((item) => {
            const served = servedKeys.has(item.key);
            return (
              <tr key={item.key}>
                <th scope="row">{nameOf(item.group.areaId)}</th>
                <td>{item.group.year}</td>
                <td className="num">{Object.values(item.group.figures).filter((value) => typeof value === 'number').length}</td>
                <td>{servedScope(served, item)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <EarlierChoices
        idPrefix="csv"
        repeats={repeats}
        choices={choices}
        attempted={attempted}
        placeOf={(item) => ({ areaName: nameOf(item.group.areaId), year: item.group.year })}
        onChoose={(key, choice) => setChoices((current) => ({ ...current, [key]: choice }))}
      />
      <SaveReviewed
        saveLabel={`Save ${saving} ${saving === 1 ? 'report' : 'reports'}`}
        unchosen={attempted ? unchosen.map(({ item }) => `${nameOf(item.group.areaId)} ${item.group.year}`) : []}
        onSave={save}
        onDiscard={onDiscard}
      />
    </section>
  );
}

/** "yes", "no", or for a partial import what it fills and what stays. */
function servedScope(served: boolean, item: CsvGroupImport): string {
  if (!item.given) return served ? 'yes' : 'no';
  const count = `${item.given.length} of ${item.templateSize} figures`;
  return served ? `only these ${count}; the other served figures stay` : `no (${count} only; the others show as not published)`;
}
