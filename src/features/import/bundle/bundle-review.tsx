import { useMemo, useState } from 'react';
import { describeFigure } from '../../../ingest/common/figure-values';
import type { ReadBundledImport } from '../../../ingest/bundle/data-bundle';
import type { HeldFigureLookup } from '../../../ingest/review/held-figures';
import { cellWords } from '../../../ingest/review/held-figures';
import type { SavedImport } from '../../../shared/user-data/saved-imports';
import { EarlierChoices } from '../earlier-choices';
import { SaveReviewed } from '../save-reviewed';
import { repeatsOf, type SecondImportChoice } from '../second-import';
import { bundleGroups, changesOf, differingFigures, type BundleGroup, type DifferingFigure } from './bundle-review-model';

type Choices = Readonly<Record<string, SecondImportChoice>>;

interface BundleReviewProps {
  fileName: string;
  imports: readonly ReadBundledImport[];
  /** Every figure as the views show it now, by year. */
  heldFor: (year: string) => HeldFigureLookup;
  savedImports: readonly SavedImport[];
  importedAt: string;
  nameOf: (areaId: string) => string;
  /** Save the bundle's area-years, with the reader's choice for each that already has imports here. */
  onSave: (groups: readonly BundleGroup[], choices: Choices) => void;
  onDiscard: () => void;
}

const LISTED = 8;

/** A data bundle's imports by area and year, what each changes here, and a choice where one is already imported; nothing is saved until Save. */
export function BundleReview({ fileName, imports, heldFor, savedImports, importedAt, nameOf, onSave, onDiscard }: BundleReviewProps) {
  const [choices, setChoices] = useState<Record<string, SecondImportChoice>>({});
  const [attempted, setAttempted] = useState(false);
  const { groups, alreadySaved } = useMemo(() => bundleGroups(imports, savedImports), [imports, savedImports]);
  const repeats = useMemo(() => repeatsOf(groups, savedImports, importedAt), [groups, savedImports, importedAt]);
  const changes = useMemo(() => new Map(groups.map((group) => [group.key, changesOf(differingFigures(group, heldFor))])), [groups, heldFor]);
  const unchosen = repeats.filter(({ item }) => !choices[item.key]);
  const saving = groups.filter((group) => choices[group.key] !== 'cancel').reduce((count, group) => count + group.imports.length, 0);
  const placeOf = (group: BundleGroup) => ({ areaName: nameOf(group.areaId), year: group.year });

  const save = () => {
    setAttempted(true);
    if (unchosen.length === 0) onSave(groups, choices);
  };

  return (
    <section aria-labelledby="bundle-review-heading" className="review">
      <h2 id="bundle-review-heading">Check the imports in {fileName}</h2>
      <p>
        {imports.length === 1 ? 'This bundle holds 1 import' : `This bundle holds ${imports.length} imports`}, each with the figures, sources and file it was
        saved with. Nothing is saved until you choose Save.
      </p>
      {alreadySaved.length > 0 && (
        <p role="note">
          {alreadySaved.length === 1 ? '1 of them is' : `${alreadySaved.length} of them are`} saved in this browser already, exactly as in the bundle, and{' '}
          {alreadySaved.length === 1 ? 'is' : 'are'} left as {alreadySaved.length === 1 ? 'it is' : 'they are'}.
        </p>
      )}
      {groups.length === 0 ? (
        <div className="chart-toolbar">
          <button type="button" className="button-secondary" onClick={onDiscard}>
            Close
          </button>
        </div>
      ) : (
        <>
          <table>
            <caption>What the bundle brings, by area and year</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Year</th>
                <th scope="col">From</th>
                <th scope="col">Figures given</th>
                <th scope="col">Against the figures shown now</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.key}>
                  <th scope="row">{nameOf(group.areaId)}</th>
                  <td>{group.year}</td>
                  <td>{group.imports.map((item) => item.fileName).join('; ')}</td>
                  <td>{group.given ? `${group.given.length} only` : 'the whole report'}</td>
                  <td>{changeSummary(changes.get(group.key))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <FiguresThatChange groups={groups} changes={changes} nameOf={nameOf} />
          <EarlierChoices
            idPrefix="bundle"
            repeats={repeats}
            choices={choices}
            attempted={attempted}
            placeOf={placeOf}
            onChoose={(key, choice) => setChoices((current) => ({ ...current, [key]: choice }))}
          />
          <SaveReviewed
            saveLabel={`Save ${saving} ${saving === 1 ? 'import' : 'imports'}`}
            unchosen={attempted ? unchosen.map(({ item }) => `${nameOf(item.areaId)} ${item.year}`) : []}
            onSave={save}
            onDiscard={onDiscard}
          />
        </>
      )}
    </section>
  );
}

type Changes = ReturnType<typeof changesOf>;

function changeSummary(changes: Changes | undefined): string {
  const parts: string[] = [];
  const real = changes?.real.length ?? 0;
  const standIns = changes?.standIns ?? 0;
  if (real > 0) parts.push(real === 1 ? '1 real figure shown now changes (listed below)' : `${real} real figures shown now change (listed below)`);
  if (standIns > 0) parts.push(standIns === 1 ? '1 illustrative stand-in replaced' : `${standIns} illustrative stand-ins replaced`);
  return parts.length > 0 ? parts.join('; ') : 'no figure shown now changes';
}

/** Each real figure saving changes, shown now beside the bundle's, per area-year. */
function FiguresThatChange({
  groups,
  changes,
  nameOf,
}: {
  groups: readonly BundleGroup[];
  changes: ReadonlyMap<string, Changes>;
  nameOf: (areaId: string) => string;
}) {
  const changing = groups.filter((group) => (changes.get(group.key)?.real.length ?? 0) > 0);
  if (changing.length === 0) return null;
  return (
    <>
      <h3>Real figures that saving changes</h3>
      {changing.map((group) => {
        const differing: readonly DifferingFigure[] = changes.get(group.key)?.real ?? [];
        return (
          <div key={group.key}>
            <p>
              {nameOf(group.areaId)} {group.year}:
            </p>
            <ul>
              {differing.slice(0, LISTED).map(({ figureId, incoming, held }) => (
                <li key={figureId}>
                  {describeFigure(figureId)}: shown now {held.text} ({held.status}, {held.source}); the bundle gives {cellWords(incoming)}
                </li>
              ))}
              {differing.length > LISTED && <li>and {differing.length - LISTED} more</li>}
            </ul>
          </div>
        );
      })}
    </>
  );
}
