import { useMemo, useState } from 'react';
import type { HeldFigureLookup } from '../../../ingest/review/held-figures';
import { reviewSummary, spreadsheetReviewRows, spreadsheetSaveItems, type SpreadsheetSaveItem } from '../../../ingest/review/spreadsheet-review-model';
import type { LeftOutRow } from '../../../ingest/spreadsheet/long-table-import';
import type { SpreadsheetImportResult } from '../../../ingest/spreadsheet/spreadsheet-import';
import type { SavedImport } from '../../../shared/user-data/saved-imports';
import { EarlierChoices } from '../earlier-choices';
import { repeatsOf, type SecondImportChoice } from '../second-import';
import { ChoiceForAll } from './choice-for-all';
import { ReviewFigures } from './review-figures';
import { ReviewNotes } from './review-notes';
import { StepForm, type StepProblem } from './step-form';

interface SpreadsheetReviewProps {
  idPrefix: string;
  position: string;
  /** The file and sheet, as every imported figure will cite it. */
  fileLabel: string;
  result: SpreadsheetImportResult;
  leftOut: readonly LeftOutRow[] | undefined;
  heldFor: (year: string) => HeldFigureLookup;
  savedImports: readonly SavedImport[];
  importedAt: string;
  nameOf: (areaId: string) => string;
  onSave: (items: SpreadsheetSaveItem[], choices: Readonly<Record<string, SecondImportChoice>>) => Promise<void>;
  onBack: () => void;
  onDiscard: () => void;
}

/**
 * The last step: every figure beside the cell it came from and the figure held here now, what
 * saving does with each, and the choice for area-years already imported. Nothing is saved
 * until the button is pressed.
 */
export function SpreadsheetReview({
  idPrefix,
  position,
  fileLabel,
  result,
  leftOut,
  heldFor,
  savedImports,
  importedAt,
  nameOf,
  ...on
}: SpreadsheetReviewProps) {
  const [choices, setChoices] = useState<Record<string, SecondImportChoice>>({});
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const rows = useMemo(() => spreadsheetReviewRows(result, heldFor), [result, heldFor]);
  const summary = useMemo(() => reviewSummary(rows), [rows]);
  const items = useMemo(() => spreadsheetSaveItems(result.areas, heldFor), [result, heldFor]);
  const repeats = useMemo(() => repeatsOf(items, savedImports, importedAt), [items, savedImports, importedAt]);
  const unchosen = repeats.filter(({ item }) => !choices[item.key]);
  const saved = items.filter((item) => choices[item.key] !== 'cancel');
  const broken = items.filter((item) => item.error);
  const generalErrors = result.errors.filter((error) => !error.areaId || !error.figureId || !error.ref);

  const problems: StepProblem[] = !attempted
    ? []
    : [
        ...unchosen.map(({ item }) => ({
          message: `Choose what to do with the earlier import of ${nameOf(item.areaId)} ${item.year}.`,
          target: `${idPrefix}-${item.key.replace(/\|/g, '-')}-choice`,
        })),
        ...broken.map((item) => ({ message: `${nameOf(item.areaId)} ${item.year} cannot be saved: ${item.error ?? ''}` })),
        ...(items.length === 0 ? [{ message: 'There are no figures to save: every cell is blank, not published or could not be read.' }] : []),
      ];

  const save = async () => {
    setAttempted(true);
    if (unchosen.length > 0 || broken.length > 0 || items.length === 0 || saving) return;
    setSaving(true);
    try {
      await on.onSave(items, choices);
    } finally {
      setSaving(false);
    }
  };

  const savedFigures = rows.filter(
    (row) => (row.outcome === 'imported' || row.outcome === 'not-published') && choices[`${row.areaId}|${row.year}`] !== 'cancel',
  ).length;
  const continueLabel = saving
    ? 'Saving…'
    : `Save ${savedFigures} ${savedFigures === 1 ? 'figure' : 'figures'} for ${saved.length} ${saved.length === 1 ? 'area' : 'areas'}`;
  const repeatKeys = repeats.map(({ item }) => item.key);

  return (
    <StepForm
      id={`${idPrefix}-review`}
      position={position}
      title={`Check the figures from ${fileLabel}`}
      problems={problems}
      continueLabel={continueLabel}
      onContinue={() => void save()}
      onBack={on.onBack}
      onDiscard={on.onDiscard}
    >
      <ReviewNotes
        fileLabel={fileLabel}
        continueLabel={continueLabel}
        summary={summary}
        warnings={result.warnings}
        generalErrors={generalErrors}
        leftOut={leftOut}
      />
      <ChoiceForAll
        idPrefix={idPrefix}
        keys={repeatKeys}
        choices={choices}
        onChoose={(choice) => setChoices((current) => ({ ...current, ...Object.fromEntries(repeatKeys.map((key) => [key, choice])) }))}
      />
      <EarlierChoices
        idPrefix={idPrefix}
        repeats={repeats}
        choices={choices}
        attempted={attempted}
        placeOf={(item) => ({ areaName: nameOf(item.areaId), year: item.year })}
        onChoose={(key, choice) => setChoices((current) => ({ ...current, [key]: choice }))}
      />
      <ReviewFigures fileLabel={fileLabel} rows={rows} choices={choices} onlyDiffering={onlyDiffering} onOnlyDiffering={setOnlyDiffering} nameOf={nameOf} />
    </StepForm>
  );
}
