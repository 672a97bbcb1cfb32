import { useMemo, useState } from 'react';
import { EarlierImportChoice } from './earlier-import-choice';
import type { HeldFigureLookup } from '../../ingest/review/held-figures';
import type { SavedImport } from '../../shared/user-data/saved-imports';
import { compareWithEarlier, SECOND_IMPORT_CHOICES, type SecondImportChoice } from './second-import';
import type { LeftOutRow } from '../../ingest/spreadsheet/long-table-import';
import type { SpreadsheetImportResult } from '../../ingest/spreadsheet/spreadsheet-import';
import {
  outcomeWords,
  reviewSummary,
  spreadsheetReviewRows,
  spreadsheetSaveItems,
  type SpreadsheetSaveItem,
} from '../../ingest/review/spreadsheet-review-model';
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

const STATUS_TAGS: Record<string, string> = {
  published: 'tag-published',
  imported: 'tag-imported',
  illustrative: 'tag-illustrative',
  'sources disagree': 'tag-disputed',
};

const CHOICE_FOR_ALL: Record<SecondImportChoice, string> = {
  replace: 'Replace every earlier import',
  'keep-both': 'Keep both, for every one',
  cancel: 'Import none of these area-years',
};

const LISTED = 12;

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
  onSave,
  onBack,
  onDiscard,
}: SpreadsheetReviewProps) {
  const [choices, setChoices] = useState<Record<string, SecondImportChoice>>({});
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const rows = useMemo(() => spreadsheetReviewRows(result, heldFor), [result, heldFor]);
  const summary = useMemo(() => reviewSummary(rows), [rows]);
  const items = useMemo(() => spreadsheetSaveItems(result.areas), [result]);
  const repeats = useMemo(
    () =>
      items.flatMap((item) => {
        const earlier = savedImports.filter((saved) => saved.report.areaId === item.areaId && saved.report.year === item.year);
        if (earlier.length === 0) return [];
        const comparison = item.report ? compareWithEarlier(earlier, { report: item.report, figureIds: item.given, savedAt: importedAt }) : undefined;
        return [{ item, earlier, comparison }];
      }),
    [items, savedImports, importedAt],
  );
  const unchosen = repeats.filter(({ item }) => !choices[item.key]);
  const saved = items.filter((item) => choices[item.key] !== 'cancel');
  const broken = items.filter((item) => item.error);
  const generalErrors = result.errors.filter((error) => !error.areaId || !error.figureId || !error.ref);
  const shown = onlyDiffering ? rows.filter((row) => row.comparison === 'differs') : rows;

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
      await onSave(items, choices);
    } finally {
      setSaving(false);
    }
  };

  const differing = Object.entries(summary.differing).map(
    ([status, count]) => `${count} ${status === 'sources disagree' ? 'where published sources disagree' : status}`,
  );
  const savedFigures = rows.filter((row) => row.outcome === 'imported' && choices[`${row.areaId}|${row.year}`] !== 'cancel').length;
  const continueLabel = saving
    ? 'Saving…'
    : `Save ${savedFigures} ${savedFigures === 1 ? 'figure' : 'figures'} for ${saved.length} ${saved.length === 1 ? 'area' : 'areas'}`;

  return (
    <StepForm
      id={`${idPrefix}-review`}
      position={position}
      title={`Check the figures from ${fileLabel}`}
      problems={problems}
      continueLabel={continueLabel}
      onContinue={() => void save()}
      onBack={onBack}
      onDiscard={onDiscard}
    >
      <p>
        Nothing is saved until you press “{continueLabel}”. Each figure is shown beside the cell it was read from and the figure held here now. Saved figures
        are labelled “imported” in every view, citing {fileLabel}. Each area’s import gives only these figures: its other figures stay as they are.
      </p>
      <ul>
        <li>
          {summary.imported} {summary.imported === 1 ? 'figure' : 'figures'} for {summary.areaYears} {summary.areaYears === 1 ? 'area' : 'areas'} to import.
        </li>
        {summary.notGiven > 0 && (
          <li>
            {summary.notGiven} {summary.notGiven === 1 ? 'cell says' : 'cells say'} the figure is not published ([x], [c], [w] or blank): not imported, never
            read as 0; the figures held here stay.
          </li>
        )}
        {summary.unreadable > 0 && (
          <li>
            {summary.unreadable} {summary.unreadable === 1 ? 'cell' : 'cells'} could not be read as a figure: not imported (see “could not be read” below).
          </li>
        )}
        {summary.differingCount > 0 ? (
          <li>
            {summary.differingCount} {summary.differingCount === 1 ? 'figure differs' : 'figures differ'} from the figure held here ({differing.join(', ')}):
            saving shows the file’s figure in its place, labelled “imported”. Delete the import to bring back the figure held now.
          </li>
        ) : (
          <li>No figure to import differs from the figures held here.</li>
        )}
      </ul>
      {result.warnings.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">Please check</p>
          <ul>
            {result.warnings.map((warning) => (
              <li key={warning.message}>{warning.message}</li>
            ))}
          </ul>
        </div>
      )}
      {generalErrors.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">Not imported</p>
          <ul>
            {generalErrors.map((error) => (
              <li key={error.message}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {leftOut && leftOut.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">
            {leftOut.length} {leftOut.length === 1 ? 'row is' : 'rows are'} not imported
          </p>
          <ul>
            {leftOut.slice(0, LISTED).map((row) => (
              <li key={`${row.row}-${row.reason}`}>
                Row {row.row + 1} ({row.areaText || 'no area'}, {row.measureLabel || 'no measure'}): {row.reason}.
              </li>
            ))}
            {leftOut.length > LISTED && <li>and {leftOut.length - LISTED} more</li>}
          </ul>
        </div>
      )}
      {repeats.length > 1 && (
        <fieldset className="field">
          <legend>{repeats.length} of these area-years already have an import. Choose what happens to all of them (or one by one below):</legend>
          <div className="segmented">
            {SECOND_IMPORT_CHOICES.map((choice) => (
              <label key={choice}>
                <input
                  type="radio"
                  name={`${idPrefix}-choice-all`}
                  value={choice}
                  checked={repeats.every(({ item }) => choices[item.key] === choice)}
                  onChange={() => setChoices((current) => ({ ...current, ...Object.fromEntries(repeats.map(({ item }) => [item.key, choice])) }))}
                />
                {CHOICE_FOR_ALL[choice]}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {repeats.map(({ item, earlier, comparison }) => (
        <EarlierImportChoice
          key={item.key}
          idPrefix={`${idPrefix}-${item.key.replace(/\|/g, '-')}`}
          areaName={nameOf(item.areaId)}
          year={item.year}
          earlier={earlier}
          comparison={comparison}
          choice={choices[item.key]}
          onChoose={(choice) => setChoices((current) => ({ ...current, [item.key]: choice }))}
          error={attempted && !choices[item.key] ? `Choose what to do with the earlier import of ${nameOf(item.areaId)} ${item.year}.` : undefined}
        />
      ))}
      <div className="field">
        <label>
          <input type="checkbox" checked={onlyDiffering} onChange={(event) => setOnlyDiffering(event.target.checked)} /> Show only the figures that differ from
          those held here
        </label>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Figures from ${fileLabel}`}>
        <table className="review-table">
          <caption>
            Figures from {fileLabel}, each beside the figure held here now{onlyDiffering ? ' (only those that differ)' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Year</th>
              <th scope="col">Figure</th>
              <th scope="col">In the file</th>
              <th scope="col">Read from</th>
              <th scope="col">Held here now</th>
              <th scope="col">Saving</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key} className={row.outcome === 'unreadable' ? 'row-error' : undefined}>
                <th scope="row">{nameOf(row.areaId)}</th>
                <td>{row.year}</td>
                <td>{row.figureLabel}</td>
                <td>
                  {row.incomingText}
                  {row.flags.map((flag) => (
                    <span key={flag} className="hint">
                      {' '}
                      ({flag})
                    </span>
                  ))}
                </td>
                <td className="source-cell">
                  {row.from}
                  {row.cellText !== '' && (
                    <>
                      : <code>{row.cellText}</code>
                    </>
                  )}
                </td>
                <td>
                  {row.held ? (
                    <>
                      {row.held.text} <span className={`tag ${STATUS_TAGS[row.held.status] ?? ''}`}>{row.held.status}</span>
                    </>
                  ) : (
                    'no figure held here'
                  )}
                  {row.comparison === 'differs' && row.outcome === 'imported' && <span className="tag tag-disputed">differs</span>}
                </td>
                <td>
                  {outcomeWords(row)}
                  {row.outcome === 'imported' && choices[`${row.areaId}|${row.year}`] === 'cancel' ? ' (but you chose to cancel this area-year)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </StepForm>
  );
}
