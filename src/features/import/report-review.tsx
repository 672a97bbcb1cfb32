import { useMemo, useState } from 'react';
import type { Area } from '../areas/area-schema';
import { FindingsNote } from '../data/findings-note';
import { isMappaYear } from '../data/years';
import { describeFigure } from './figure-values';
import type { ReportTextParse } from './parse-report-text';
import { reviewOutcome, reviewRows, valueToText } from './review-model';
import type { ReportWire } from '../data/report-schema';

interface ReportReviewProps {
  parse: ReportTextParse;
  fileName: string;
  areas: Area[];
  years: string[];
  /** Areas and years the data service already has, to warn before replacing them. */
  servedKeys: ReadonlySet<string>;
  importedAt: string;
  onSave: (wire: ReportWire) => Promise<void>;
  onDiscard: () => void;
}

const TABLE_TITLES: Record<string, string> = {
  snapshot: 'MAPPA-eligible offenders on 31 March',
  level23Yearly: 'Levels 2 and 3 by category (yearly total)',
  breachOfLicence: 'Returned to custody: breach of licence',
  breachOfOrder: 'Returned to custody: breach of SOPO/SHPO',
  other: 'Revocations, orders, Sexual Risk Orders and the rate per 100,000',
};

/** The report table a figure belongs to, as the parser names tables. */
function figureTable(figureId: string): string {
  return figureId.split('.')[0] ?? '';
}

function tableOf(figureId: string): string {
  const first = figureId.split('.')[0] ?? '';
  return first in TABLE_TITLES && first !== 'other' ? first : 'other';
}

/** Every extracted figure beside the line it came from; the user corrects, then confirms. */
export function ReportReview({ parse, fileName, areas, years, servedKeys, importedAt, onSave, onDiscard }: ReportReviewProps) {
  const [areaId, setAreaId] = useState(parse.areaId ?? '');
  const [year, setYear] = useState(parse.year ?? '');
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const provenance = useMemo(() => ({ kind: 'imported' as const, fileName, importedAt }), [fileName, importedAt]);
  const outcome = useMemo(() => reviewOutcome(parse, areaId, year, edits, provenance), [parse, areaId, year, edits, provenance]);
  const rows = useMemo(() => reviewRows(parse, isMappaYear(year) ? year : (parse.year ?? '2021-22')), [parse, year]);
  const yearOptions = useMemo(() => [...new Set([...years, ...(parse.year ? [parse.year] : [])])].sort().reverse(), [years, parse.year]);
  const notFound = rows.filter((row) => !row.extracted || row.extracted.value === null).length;
  const toCheck = rows.filter((row) => row.extracted?.check).length;
  const notRead = new Set<string>(parse.tablesNotRead);
  const replaces = areaId && year && servedKeys.has(`${areaId}|${year}`);
  const areaName = areas.find((a) => a.id === areaId)?.name;

  const save = async () => {
    setAttempted(true);
    if (!outcome.wire) return;
    setSaving(true);
    try {
      await onSave(outcome.wire);
    } finally {
      setSaving(false);
    }
  };

  const groups = new Map<string, typeof rows>();
  for (const row of rows) groups.set(tableOf(row.figureId), [...(groups.get(tableOf(row.figureId)) ?? []), row]);

  return (
    <section aria-labelledby="review-heading" className="review">
      <h2 id="review-heading">Check the figures from {fileName}</h2>
      <p>
        Nothing is saved until you confirm. Each figure is shown beside the line of the report it was read from. Correct any that are wrong: type a number, “-”
        for not applicable, or leave the box empty if the report does not publish it.
      </p>
      <div className="view-options">
        <div className="field">
          <label htmlFor="review-area">Area</label>
          {parse.areaEvidence && (
            <p className="hint">
              Found on line {parse.areaEvidence.lineNumber}: “{parse.areaEvidence.text.slice(0, 80)}”
            </p>
          )}
          {!parse.areaId && <p className="hint">We could not tell which area this report is for: please choose.</p>}
          <select id="review-area" value={areaId} onChange={(event) => setAreaId(event.target.value)}>
            <option value="">Choose an area</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-year">Year</label>
          {parse.yearEvidence && (
            <p className="hint">
              Found on line {parse.yearEvidence.lineNumber}: “{parse.yearEvidence.text.slice(0, 80)}”
            </p>
          )}
          {!parse.year && <p className="hint">We could not find the year in the text: please choose.</p>}
          <select id="review-year" value={year} onChange={(event) => setYear(event.target.value)}>
            <option value="">Choose a year</option>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {parse.tablesMissing.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">Not found in the text: {parse.tablesMissing.length === 1 ? 'one table' : `${parse.tablesMissing.length} tables`}</p>
          <p>
            {parse.tablesMissing.join(', ')}. Their figures are marked “not found” (they will be saved as not published, never as 0) unless you type them in.
          </p>
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
        <div className="table-scroll" key={table} tabIndex={0} role="region" aria-label={`${TABLE_TITLES[table]}: figures to check`}>
          <table className="review-table">
            <caption>{TABLE_TITLES[table]}</caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Value</th>
                <th scope="col">Read from</th>
              </tr>
            </thead>
            <tbody>
              {tableRows.map(({ figureId, extracted }) => {
                const label = describeFigure(figureId);
                const error = outcome.fieldErrors[figureId];
                const inputId = `figure-${figureId.replace(/\./g, '-')}`;
                const check = extracted?.check;
                const describedBy = [error ? `${inputId}-error` : '', check ? `${inputId}-check` : ''].filter(Boolean).join(' ');
                return (
                  <tr key={figureId} className={error ? 'row-error' : undefined}>
                    <th scope="row">
                      <label htmlFor={inputId}>{label}</label>
                    </th>
                    <td>
                      <input
                        id={inputId}
                        inputMode="numeric"
                        className="figure-input"
                        value={edits[figureId] ?? valueToText(extracted?.value ?? null)}
                        onChange={(event) => setEdits((current) => ({ ...current, [figureId]: event.target.value }))}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={describedBy || undefined}
                      />
                      {error && (
                        <span className="field-error" id={`${inputId}-error`}>
                          {error}
                        </span>
                      )}
                      {check && (
                        <p className="hint" id={`${inputId}-check`}>
                          <span className="tag tag-disputed">Check this</span> {check}
                        </p>
                      )}
                    </td>
                    <td className="source-cell">
                      {extracted?.source && extracted.value !== null ? (
                        <>
                          line {extracted.source.lineNumber}: <code>{extracted.source.text.slice(0, 120)}</code>
                        </>
                      ) : notRead.has(figureTable(figureId)) ? (
                        <em>not read: see “Please check” above</em>
                      ) : (
                        <em>not found</em>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
      <h3>Totals</h3>
      {outcome.findings.length > 0 ? (
        <FindingsNote findings={outcome.findings} />
      ) : outcome.report ? (
        <p>Every published total matches its figures where all of them are known.</p>
      ) : null}
      {replaces && (
        <p className="provenance provenance-imported">
          Saving replaces the served figures for {areaName} {year} in every view, marked “imported”. Delete the import to bring the served figures back.
        </p>
      )}
      {attempted && (outcome.recordErrors.length > 0 || Object.keys(outcome.fieldErrors).length > 0) && (
        <div className="error-summary" role="alert">
          <p>
            <strong>These figures cannot be saved yet:</strong>
          </p>
          <ul>
            {outcome.recordErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
            {Object.entries(outcome.fieldErrors).map(([figureId, error]) => (
              <li key={figureId}>
                <a href={`#figure-${figureId.replace(/\./g, '-')}`}>{describeFigure(figureId)}</a>: {error}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="chart-toolbar">
        <button type="button" className="button" onClick={() => void save()} disabled={saving}>
          {saving ? 'Saving…' : 'Save these figures'}
        </button>
        <button type="button" className="button-secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
