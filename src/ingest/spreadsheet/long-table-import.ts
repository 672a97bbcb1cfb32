import type { Cell } from '../../domain/cell';
import type { ValueStatus } from '../../domain/value-status';
import { hasCategory4, type MappaYear } from '../../domain/years';
import { areaYearKey } from '../common/area-year-key';
import { describeFigure } from '../common/figure-values';
import { isCategory4Figure, REPORT_FIGURE_IDS } from '../common/report-figure-ids';
import { refColumn } from './cell-ref';
import type { LongTableRow } from './read-long-table';
import { readingToCell } from './read-cells';
import { importProvenance, origin, readingIssue, type ImportedFigures, type ImportIssue, type SpreadsheetImportResult } from './spreadsheet-import';
import type { SheetGrid, WorkbookSummary } from './workbook-model';
import { cellAt, cellText } from './workbook-model';

/** A row of a long table that is not imported, and why. */
export interface LeftOutRow {
  row: number;
  /** The value cell, like "F7". */
  ref: string;
  areaText: string;
  measureLabel: string;
  statusText: string;
  reason: string;
}

export interface LongTableImport extends SpreadsheetImportResult {
  leftOut: LeftOutRow[];
}

export interface LongTableImportInput {
  workbook: Pick<WorkbookSummary, 'fileName' | 'format'>;
  sheet: SheetGrid;
  rows: readonly LongTableRow[];
  importedAt: Date;
}

/** Statuses whose rows say what a report published: their figures can be imported. */
const IMPORTED_STATUSES: ReadonlySet<ValueStatus> = new Set<ValueStatus>(['published', 'imported', 'sources disagree', 'not applicable', 'missing']);

/**
 * A long table (one value per row, as the app's own downloads lay them out) as imports, one per
 * area and year. Only report figures whose status says what a report published are imported:
 * an illustrative value is never imported as a real figure, and values calculated here, rows
 * with no figure held and data errors are left out, each row with its reason.
 */
export function importLongTable({ workbook, sheet, rows, importedAt }: LongTableImportInput): LongTableImport {
  const provenance = importProvenance(workbook, sheet.name, importedAt);
  const formulas = new Set(sheet.formulaCells ?? []);
  const leftOut: LeftOutRow[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const groups = new Map<string, ImportedFigures>();
  const firstRowOf = new Map<string, LongTableRow>();
  const conflicting = new Set<string>();

  for (const row of rows) {
    const leaveOut = (reason: string) =>
      leftOut.push({ row: row.row, ref: row.ref, areaText: row.areaText, measureLabel: row.measureLabel, statusText: row.statusText, reason });
    const why = reasonToLeaveOut(row);
    if (why) {
      leaveOut(why);
      continue;
    }
    // reasonToLeaveOut has checked these.
    const areaId = row.areaId as string;
    const year = row.year as MappaYear;
    const issue = row.problem ?? readingIssue(row.reading);
    const cell = issue ? undefined : readingToCell(row.reading, provenance, `${sheet.name}!${row.ref}`);
    if (!cell) {
      errors.push({ message: `${describeFigure(row.measureId)}: ${issue ?? 'could not be read'}`, ref: row.ref, areaId, figureId: row.measureId });
      continue;
    }
    const figureKey = `${areaYearKey(areaId, year)}|${row.measureId}`;
    const first = firstRowOf.get(figureKey);
    if (first) {
      const same = sameCell(readingToCell(first.reading), cell);
      if (!same) conflicting.add(figureKey);
      leaveOut(same ? `repeats row ${first.row + 1}` : `gives a different value from row ${first.row + 1} for the same figure`);
      continue;
    }
    firstRowOf.set(figureKey, row);
    const group = groups.get(areaYearKey(areaId, year)) ?? { areaId, year, provenance, figures: {}, origins: {}, areaNotes: [] };
    group.figures[row.measureId] = cell;
    const from = { ...origin(sheet.name, row.ref, cellText(cellAt(sheet, row.row, refColumn(row.ref))), row.reading), statusInFile: row.statusText };
    group.origins[row.measureId] = formulas.has(row.ref) ? { ...from, fromFormula: true } : from;
    groups.set(areaYearKey(areaId, year), group);
    if (row.status === 'sources disagree') {
      warnings.push({
        message: `${row.ref}: published sources disagree on this figure; the value the file used is imported, and the others (in its source column) are not.`,
        ref: row.ref,
        areaId,
        figureId: row.measureId,
      });
    }
  }

  // Two rows giving one figure differently: neither is imported, rather than one guessed.
  for (const figureKey of conflicting) {
    const [areaId = '', year = '', figureId = ''] = figureKey.split('|');
    const group = groups.get(areaYearKey(areaId, year));
    const first = firstRowOf.get(figureKey);
    if (!group || !first) continue;
    delete group.figures[figureId];
    delete group.origins[figureId];
    leftOut.push({
      row: first.row,
      ref: first.ref,
      areaText: first.areaText,
      measureLabel: first.measureLabel,
      statusText: first.statusText,
      reason: 'another row gives a different value for the same figure',
    });
  }
  leftOut.sort((a, b) => a.row - b.row);
  return { areas: [...groups.values()].filter((group) => Object.keys(group.figures).length > 0), errors, warnings, leftOut };
}

function reasonToLeaveOut(row: LongTableRow): string | undefined {
  if (!REPORT_FIGURE_IDS.has(row.measureId)) {
    return row.measureId === ''
      ? 'it names no figure (the Measure ID is empty)'
      : 'not a report figure: rates and shares are calculated here again from the figures';
  }
  if (!row.status) return row.statusText === '' ? 'it has no status' : `“${row.statusText}” is not a status we know`;
  if (row.status === 'illustrative') return 'illustrative (synthetic): never imported as a real figure';
  if (row.status === 'calculated here' || row.status === 'cannot be calculated') return 'calculated here, not a published figure';
  if (row.status === 'no figure held') return 'no figure was held for it, which says nothing about what a report published';
  if (row.status === 'data error') return 'marked as a data error';
  if (row.status === 'not reported by area') return 'not reported by area (the reports are regional from 2024-25): there is no figure to import';
  if (!IMPORTED_STATUSES.has(row.status)) return `its status “${row.status}” is not one we import`;
  if (!row.areaId) return row.areaText === '' ? 'it names no area' : `“${row.areaText}” is not an area we know`;
  if (!row.year) return 'it has no year like 2022-23';
  if (isCategory4Figure(row.measureId) && !hasCategory4(row.year)) return `category 4 did not exist in ${row.year}`;
  return undefined;
}

function sameCell(a: Cell | undefined, b: Cell): boolean {
  if (!a || a.kind !== b.kind) return false;
  return a.kind !== 'value' || (b.kind === 'value' && a.value === b.value);
}
