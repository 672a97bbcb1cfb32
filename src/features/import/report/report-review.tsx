import { useMemo, useState } from 'react';
import type { Area } from '../../../domain/area';
import type { ReportWire } from '../../../domain/report-schema';
import { isMappaYear } from '../../../domain/years';
import { areaYearKey } from '../../../ingest/common/area-year-key';
import { EarlierImportChoice } from '../earlier-import-choice';
import type { ReportTextParse } from '../../../ingest/report-text/parse-report-text';
import { byAreaQuestions, byAreaRowQuestionId, reportPlaceQuestions } from '../../../ingest/report-text/report-questions';
import { byAreaRecords } from '../../../ingest/review/by-area-records';
import { LEAVE_OUT } from '../../../ingest/common/question';
import { ReviewByArea } from './review-by-area';
import { ReportPlaceFields } from './report-place-fields';
import { ReviewFiguresTable } from './review-figures-table';
import { ReviewProblems } from './review-problems';
import { ReviewTotals } from './review-totals';
import { reviewOutcome, reviewRows, type ReviewRow } from '../../../ingest/review/report-review-model';
import { importScopeNote } from '../import-messages';
import type { SavedImport } from '../../../shared/user-data/saved-imports';
import { compareWithEarlier, planSecondImport, type SecondImportChoice } from '../second-import';

/** An area's figures from a regional report's table by area, as saved beside the region's. */
export interface AreaRecordWire {
  wire: ReportWire;
  given: string[] | undefined;
}

interface ReportReviewProps {
  parse: ReportTextParse;
  fileName: string;
  areas: Area[];
  years: string[];
  /** Areas and years the data service already has, to say what saving replaces. */
  servedKeys: ReadonlySet<string>;
  /** Every import saved in this browser, to put an earlier import of the same area and year beside this one. */
  savedImports: readonly SavedImport[];
  importedAt: string;
  /** Save the import (a partial one gives `given`), removing `removeKeys` (the earlier imports it replaces), with a regional report's areas from its table by area. */
  onSave: (wire: ReportWire, given: string[] | undefined, removeKeys: string[], areaRecords: readonly AreaRecordWire[]) => Promise<void>;
  /** Leave without saving, saying why. */
  onDiscard: (message?: string) => void;
}

const TABLE_TITLES: Record<string, string> = {
  snapshot: 'MAPPA-eligible offenders on 31 March',
  level23Yearly: 'Levels 2 and 3 by category (yearly total)',
  breachOfLicence: 'Returned to custody: breach of licence',
  breachOfOrder: 'Returned to custody: breach of SOPO/SHPO',
  other: 'Revocations, orders, Sexual Risk Orders and the rate per 100,000',
};

function tableOf(figureId: string): string {
  const first = figureId.split('.')[0] ?? '';
  return first in TABLE_TITLES && first !== 'other' ? first : 'other';
}

function saveLabel(choice: SecondImportChoice, earlierCount: number): string {
  switch (choice) {
    case 'replace':
      return earlierCount === 1 ? 'Save and replace the earlier import' : 'Save and replace the earlier imports';
    case 'keep-both':
      return earlierCount === 1 ? 'Save and keep both' : 'Save and keep them all';
    case 'cancel':
      return 'Cancel this import';
  }
}

/** Every extracted figure beside the line it came from (and any earlier import); the user corrects, then confirms. */
export function ReportReview({ parse, fileName, areas, years, servedKeys, savedImports, importedAt, onSave, onDiscard }: ReportReviewProps) {
  const asked = useMemo(() => reportPlaceQuestions(parse, { file: fileName }, areas, years), [parse, fileName, areas, years]);
  const [areaId, setAreaId] = useState(asked.area.suggested ?? '');
  const [year, setYear] = useState(asked.year.suggested ?? '');
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [rowAnswers, setRowAnswers] = useState<Record<string, string>>({});
  const [choice, setChoice] = useState<SecondImportChoice | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const provenance = useMemo(() => ({ kind: 'imported' as const, fileName, importedAt }), [fileName, importedAt]);
  const outcome = useMemo(() => reviewOutcome(parse, areaId, year, edits, provenance), [parse, areaId, year, edits, provenance]);
  const rows = useMemo(() => reviewRows(parse, isMappaYear(year) ? year : (parse.year ?? '2021-22')), [parse, year]);
  const earlier = useMemo(() => savedImports.filter((item) => item.report.areaId === areaId && item.report.year === year), [savedImports, areaId, year]);
  // Compared with the figures as they stand, leaving out any box still in error.
  const comparison = useMemo(() => {
    if (earlier.length === 0) return undefined;
    const validEdits = Object.fromEntries(Object.entries(edits).filter(([figureId]) => !outcome.fieldErrors[figureId]));
    const current = Object.keys(outcome.fieldErrors).length === 0 ? outcome : reviewOutcome(parse, areaId, year, validEdits, provenance);
    return current.report ? compareWithEarlier(earlier, { report: current.report, figureIds: current.given, savedAt: importedAt }) : undefined;
  }, [earlier, edits, outcome, parse, areaId, year, provenance, importedAt]);
  const sideBySide = useMemo(() => (comparison ? new Map(comparison.figures.map((figure) => [figure.figureId, figure])) : undefined), [comparison]);
  const source = useMemo(() => ({ file: fileName }), [fileName]);
  const rowQuestions = useMemo(() => byAreaQuestions(parse, source, areas).filter((question) => question.kind === 'area-name'), [parse, source, areas]);
  const areaRecords = useMemo(
    () =>
      isMappaYear(year)
        ? byAreaRecords(parse, year, provenance, (row) => {
            const answer = rowAnswers[byAreaRowQuestionId(source, row.line.lineNumber)];
            return answer && answer !== LEAVE_OUT ? answer : undefined;
          })
        : [],
    [parse, year, provenance, rowAnswers, source],
  );
  const notFound = rows.filter((row) => !row.extracted || row.extracted.value === null).length;
  const toCheck = rows.filter((row) => row.extracted?.check).length;
  const notRead = new Set<string>(parse.tablesNotRead);
  const areaName = areas.find((a) => a.id === areaId)?.name ?? areaId;
  const place = `${areaName} ${year}`;
  const served = servedKeys.has(areaYearKey(areaId, year));
  const choiceMissing = earlier.length > 0 && !choice;

  const save = async () => {
    setAttempted(true);
    if (choice === 'cancel') {
      onDiscard(`Nothing was saved: the earlier import of ${place} is unchanged.`);
      return;
    }
    if (!outcome.wire || choiceMissing) return;
    setSaving(true);
    try {
      const areaWires = areaRecords.flatMap(({ outcome: area }) => (area.wire ? [{ wire: area.wire, given: area.given }] : []));
      await onSave(outcome.wire, outcome.given, planSecondImport(choice ?? 'keep-both', comparison ?? { earlier }).remove, areaWires);
    } finally {
      setSaving(false);
    }
  };

  const groups = new Map<string, ReviewRow[]>();
  for (const row of rows) groups.set(tableOf(row.figureId), [...(groups.get(tableOf(row.figureId)) ?? []), row]);
  const choiceError = attempted && choiceMissing ? `Choose what to do with the earlier import of ${place}: replace it, keep both, or cancel.` : undefined;

  return (
    <section aria-labelledby="review-heading" className="review">
      <h2 id="review-heading">Check the figures from {fileName}</h2>
      <p>
        Nothing is saved until you confirm. Each figure is shown beside the line of the report it was read from. Correct any that are wrong: type a number, “-”
        for not applicable, or leave the box empty if the report does not give it (an empty box is not imported).
      </p>
      <ReportPlaceFields regional={parse.level === 'region'} {...asked} areaId={areaId} yearValue={year} onArea={setAreaId} onYear={setYear} />
      {parse.tablesMissing.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">Not found in the text: {parse.tablesMissing.length === 1 ? 'one table' : `${parse.tablesMissing.length} tables`}</p>
          <p>
            {parse.tablesMissing.join(', ')}. Their figures are marked “not found”. Left empty, they are not imported: any served figures stay in place, and
            with none they show as not published (never as 0). Type them in if the report gives them.
          </p>
        </div>
      )}
      {parse.notes.length > 0 && (
        <div className="hint" role="note">
          <p>How columns without a heading were read:</p>
          <ul>
            {parse.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      {parse.warnings.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">Please check</p>
          <ul>
            {parse.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        {rows.length - notFound} of {rows.length} figures found; {notFound} not found.
        {toCheck > 0 &&
          ` ${toCheck} ${toCheck === 1 ? 'figure is' : 'figures are'} marked “Check this”: look at ${toCheck === 1 ? 'it' : 'them'} before saving.`}
      </p>
      {[...groups.entries()].map(([table, tableRows]) => (
        <ReviewFiguresTable
          key={table}
          title={TABLE_TITLES[table] ?? table}
          rows={tableRows}
          edits={edits}
          fieldErrors={outcome.fieldErrors}
          notRead={notRead}
          earlier={sideBySide}
          onEdit={(figureId, text) => setEdits((current) => ({ ...current, [figureId]: text }))}
        />
      ))}
      <ReviewByArea
        tables={parse.byArea}
        questions={rowQuestions}
        answers={rowAnswers}
        onAnswer={(questionId, answer) => setRowAnswers((current) => ({ ...current, [questionId]: answer }))}
        records={areaRecords}
        nameOf={(id) => areas.find((area) => area.id === id)?.name ?? id}
      />
      <h3>Totals</h3>
      <ReviewTotals findings={outcome.findings} unchecked={outcome.unchecked} built={outcome.report !== undefined} />
      {areaId && isMappaYear(year) && <p className="provenance provenance-imported">{importScopeNote(place, outcome.given, rows.length, served)}</p>}
      {earlier.length > 0 && (
        <EarlierImportChoice
          idPrefix="review-earlier"
          areaName={areaName}
          year={year}
          earlier={earlier}
          comparison={comparison}
          choice={choice}
          onChoose={setChoice}
          error={choiceError}
        />
      )}
      {attempted && choice !== 'cancel' && (outcome.recordErrors.length > 0 || Object.keys(outcome.fieldErrors).length > 0 || choiceError) && (
        <ReviewProblems choiceError={choiceError} recordErrors={outcome.recordErrors} fieldErrors={outcome.fieldErrors} />
      )}
      <div className="chart-toolbar">
        <button type="button" className="button" onClick={() => void save()} disabled={saving}>
          {saving ? 'Saving…' : choice && earlier.length > 0 ? saveLabel(choice, earlier.length) : 'Save these figures'}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDiscard()}>
          Discard
        </button>
      </div>
    </section>
  );
}
