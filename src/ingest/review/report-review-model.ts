import { findInconsistentTotals, uncheckedTotals, type ConsistencyFinding, type UncheckedTotal } from '../../domain/consistency';
import type { Provenance } from '../../domain/provenance';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../domain/report-schema';
import { hasCategory4, isMappaYear } from '../../domain/years';
import { buildReportWire } from '../common/build-report-wire';
import { givenFigureIds } from '../common/given-figures';
import { numberProblem, type FigureValue } from '../common/figure-values';
import type { ExtractedFigure, ReportTextParse } from '../report-text/parse-report-text';
import { categoriesOf, reportFigureIds } from '../common/report-figure-ids';

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
  /** Published totals a missing figure keeps from being checked. */
  unchecked: readonly UncheckedTotal[];
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
    return { fieldErrors, recordErrors, wire: undefined, report: undefined, given: undefined, findings: [], unchecked: [] };
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
      unchecked: [],
    };
  }
  const extracted = new Map(parse.figures.map((figure) => [figure.figureId, figure.value]));
  const given = givenFigureIds(year, (figureId) => (Object.hasOwn(overrides, figureId) ? overrides[figureId] : extracted.get(figureId)));
  return {
    fieldErrors,
    recordErrors,
    wire,
    report: result.data,
    given,
    findings: findInconsistentTotals(result.data),
    unchecked: uncheckedTotals(result.data),
  };
}
