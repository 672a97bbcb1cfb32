import { findInconsistentTotals, type ConsistencyFinding } from '../../domain/consistency';
import type { Provenance } from '../../domain/provenance';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../domain/report-schema';
import { hasCategory4, isMappaYear } from '../../domain/years';
import { buildReportWire } from '../../ingest/common/build-report-wire';
import { givenFigureIds } from '../../ingest/common/given-figures';
import { numberProblem, type FigureValue } from '../../ingest/common/figure-values';
import type { ExtractedFigure, ReportTextParse } from '../../ingest/report-text/parse-report-text';
import { categoriesOf, reportFigureIds } from '../../ingest/common/report-figure-ids';

/** What the user typed in a review box: "", "-", or a number (commas allowed). */
export function parseEditedValue(text: string, figureId: string): { value: FigureValue } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (/^[-–—]$/.test(trimmed)) return { value: '-' };
  const normalised = trimmed.replace(/,(?=\d{3}\b)/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalised))
    return { error: `“${trimmed}” is not a number. Type a number, “-” for not applicable, or leave it empty if it is not published.` };
  const value = Number(normalised);
  const problem = numberProblem(figureId, value);
  return problem ? { error: `${trimmed} ${problem}.` } : { value };
}

export function valueToText(value: FigureValue): string {
  if (value === null) return '';
  if (value === '-') return '-';
  return String(value);
}

export interface ReviewRow {
  figureId: string;
  extracted: ExtractedFigure | undefined;
}

/** Every figure the year's template has, with what the parser found for it (if anything). */
export function reviewRows(parse: Pick<ReportTextParse, 'figures'>, year: string): ReviewRow[] {
  const byId = new Map(parse.figures.map((figure) => [figure.figureId, figure]));
  const categories = categoriesOf(isMappaYear(year) && hasCategory4(year));
  return reportFigureIds(categories).map((figureId) => ({ figureId, extracted: byId.get(figureId) }));
}

export interface ReviewOutcome {
  /** Problems with boxes the user typed in, by figure id. */
  fieldErrors: Record<string, string>;
  /** Problems with the record as a whole (area, year, schema). */
  recordErrors: string[];
  wire: ReportWire | undefined;
  report: AreaYearReport | undefined;
  /** The figures this import gives, when it gives only some (the rest stay as served); undefined for a whole report. */
  given: string[] | undefined;
  findings: readonly ConsistencyFinding[];
}

/** Build and validate the record the user is about to save: nothing is saved until it passes. */
export function reviewOutcome(
  parse: Pick<ReportTextParse, 'figures' | 'orderWording' | 'rateBasis'>,
  areaId: string,
  year: string,
  edits: Readonly<Record<string, string>>,
  provenance: Provenance,
): ReviewOutcome {
  const fieldErrors: Record<string, string> = {};
  const overrides: Record<string, FigureValue> = {};
  for (const [figureId, text] of Object.entries(edits)) {
    const parsed = parseEditedValue(text, figureId);
    if ('error' in parsed) fieldErrors[figureId] = parsed.error;
    else overrides[figureId] = parsed.value;
  }
  const recordErrors: string[] = [];
  if (!areaId) recordErrors.push('Choose which area this report is for.');
  if (!isMappaYear(year)) recordErrors.push('Choose the year this report covers (for example 2021-22).');
  if (recordErrors.length > 0 || Object.keys(fieldErrors).length > 0) {
    return { fieldErrors, recordErrors, wire: undefined, report: undefined, given: undefined, findings: [] };
  }
  const wire = buildReportWire(parse, areaId, year, provenance, overrides);
  const result = reportSchema.safeParse(wire);
  if (!result.success) {
    return {
      fieldErrors,
      recordErrors: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      wire: undefined,
      report: undefined,
      given: undefined,
      findings: [],
    };
  }
  const extracted = new Map(parse.figures.map((figure) => [figure.figureId, figure.value]));
  const given = givenFigureIds(year, (figureId) => (Object.hasOwn(overrides, figureId) ? overrides[figureId] : extracted.get(figureId)));
  return { fieldErrors, recordErrors, wire, report: result.data, given, findings: findInconsistentTotals(result.data) };
}

/**
 * What saving does to the area-year's figures, in a sentence for the review: a whole import
 * takes the served figures' place; a partial one fills only its figures.
 */
export function importScopeNote(place: string, given: readonly string[] | undefined, templateSize: number, served: boolean): string {
  if (!given) {
    return served
      ? `Saving replaces the served figures for ${place} in every view, marked “imported”. Delete the import to bring the served figures back.`
      : `Saving adds ${place} to every view, marked “imported”.`;
  }
  const count = given.length === 1 ? '1 figure' : `${given.length} figures`;
  return served
    ? `This import gives ${count} of ${templateSize}: saving replaces only ${given.length === 1 ? 'that figure' : 'those figures'}, marked “imported”; the other served figures for ${place} stay in place.`
    : `This import gives ${count} of ${templateSize}: the others will show as not published (never as 0).`;
}

/** What the status line says after a save: what now shows, and what became of any earlier import. */
export function savedMessage({
  place,
  given,
  replaced,
  keptBeside,
}: {
  place: string;
  given: readonly string[] | undefined;
  replaced: readonly string[];
  keptBeside: boolean;
}): string {
  const shows = given
    ? `Saved ${given.length === 1 ? '1 figure' : `${given.length} figures`} for ${place}, labelled “imported”; its other figures are unchanged.`
    : `Saved: ${place} now shows your imported figures, labelled “imported”, in every view.`;
  if (replaced.length > 0) return `${shows} It replaced the earlier import (${replaced.join(', ')}).`;
  return keptBeside ? `${shows} The earlier import is kept too: figures that differ show as disputed.` : shows;
}

/** The Undo button's name, and what the status line says once undone, for a change that added and/or removed imports. */
export function undoWording(change: { added: boolean; removed: number }, what: string): { label: string; done: string } {
  if (change.added && change.removed > 0) {
    return {
      label: `Undo: remove ${what} and bring back the earlier ${change.removed === 1 ? 'import' : 'imports'} it replaced`,
      done: `Undone: ${what} is removed and the earlier ${change.removed === 1 ? 'import is' : 'imports are'} back as before.`,
    };
  }
  if (change.added) return { label: `Undo: remove ${what}`, done: `Undone: ${what} is removed.` };
  return { label: `Undo: bring back ${what}`, done: `Undone: ${what} is back as it was.` };
}
