import type { Cell } from '../../domain/cell';
import type { Provenance } from '../../domain/provenance';
import { hasCategory4, type MappaYear } from '../../domain/years';
import { describeFigure } from '../common/figure-values';
import { isCategory4Figure, isRateFigure, REPORT_FIGURE_IDS } from '../common/report-figure-ids';
import { cellRef, columnLetters } from './cell-ref';
import { splitMarkers } from '../common/note-markers';
import { readFigureCell, readingToCell, type CellReading } from './read-cells';
import type { SheetGrid, WorkbookSummary } from './workbook-model';
import { cellAt, cellText, sheetNamed } from './workbook-model';

/** A row of the sheet the reviewer confirmed as this area (0-based row index). */
export interface AreaRowChoice {
  row: number;
  areaId: string;
}

/** A column the reviewer confirmed as this report figure (0-based column index). */
export interface ColumnChoice {
  column: number;
  figureId: string;
}

export interface SpreadsheetImportInput {
  workbook: WorkbookSummary;
  sheetName: string;
  areaRows: readonly AreaRowChoice[];
  columns: readonly ColumnChoice[];
  year: MappaYear;
  importedAt: Date;
  /** The area column, so notes beside area names ("Kent [note 2]") are kept. */
  areaColumn?: number;
}

export type ImportedProvenance = Extract<Provenance, { kind: 'imported' }>;

/** Where a figure was read from, for the review. */
export interface FigureOrigin {
  sheetName: string;
  /** The cell, like "B7". */
  ref: string;
  /** The cell's content as the file has it ('' for a blank). */
  text: string;
  notes: string[];
  lowReliability: boolean;
  /** For a figure with no number: "[x]", "[c]", "[w]", "[z]", "-" or "blank", and what it means. */
  symbol?: string;
  symbolMeaning?: string;
  /** Other GSS symbols beside a number, such as "p" (provisional). */
  otherSymbols?: string[];
  /** The cell holds a formula: this is the result the file saved, never recalculated here. */
  fromFormula?: boolean;
  /** In a long table, the status the file gives the value ("published"). */
  statusInFile?: string;
}

export interface ImportedFigures {
  areaId: string;
  year: MappaYear;
  provenance: ImportedProvenance;
  /** By figure id; value cells carry the import as their source. Only the mapped figures. */
  figures: Record<string, Cell>;
  origins: Record<string, FigureOrigin>;
  /** Notes beside the area's name. */
  areaNotes: string[];
}

export interface ImportIssue {
  message: string;
  ref?: string;
  areaId?: string;
  figureId?: string;
}

export interface SpreadsheetImportResult {
  areas: ImportedFigures[];
  /** Cells that could not be read as their figure, and choices that contradict each other. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/**
 * Reads the confirmed rows and columns of one sheet into partial report figures, one set per
 * area, each figure with the cell it came from. The app merges these over the served data.
 */
export function importSpreadsheetTable(input: SpreadsheetImportInput): SpreadsheetImportResult {
  const sheet = sheetNamed(input.workbook, input.sheetName);
  const provenance = importProvenance(input.workbook, sheet.name, input.importedAt);
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const columns = checkedColumns(input.columns, input.year, errors, warnings);
  const rows = checkedRows(input.areaRows, sheet, errors);
  const lowReliability: string[] = [];
  const formulas = new Set(sheet.formulaCells ?? []);
  const fromFormulas: string[] = [];

  const areas = rows.map(({ row, areaId }): ImportedFigures => {
    const figures: Record<string, Cell> = {};
    const origins: Record<string, FigureOrigin> = {};
    for (const { column, figureId } of columns) {
      const ref = cellRef(row, column);
      const cell = cellAt(sheet, row, column);
      const reading = readFigureCell(cell, ref, isRateFigure(figureId) ? 'rate' : 'count');
      const issue = readingIssue(reading);
      if (issue) {
        errors.push({ message: `${describeFigure(figureId)}: ${issue}`, ref, areaId, figureId });
        continue;
      }
      const read = readingToCell(reading, provenance, `${sheet.name}!${ref}`);
      if (!read) continue;
      figures[figureId] = read;
      const from = origin(sheet.name, ref, cellText(cell), reading);
      origins[figureId] = formulas.has(ref) ? { ...from, fromFormula: true } : from;
      if (formulas.has(ref)) fromFormulas.push(ref);
      if (reading.kind === 'value' && reading.lowReliability) lowReliability.push(ref);
    }
    const areaText = input.areaColumn === undefined ? '' : cellText(cellAt(sheet, row, input.areaColumn));
    return { areaId, year: input.year, provenance, figures, origins, areaNotes: splitMarkers(areaText).notes };
  });

  if (lowReliability.length > 0) {
    warnings.push({
      message: `${lowReliability.length === 1 ? 'One figure is' : `${lowReliability.length} figures are`} marked [u], low reliability (${lowReliability.join(', ')}): imported, and flagged in the review.`,
    });
  }
  if (fromFormulas.length > 0) {
    warnings.push({
      message: `${fromFormulas.length === 1 ? 'One figure is' : `${fromFormulas.length} figures are`} the result of a formula (${fromFormulas.join(', ')}): we read the saved result of a formula as the file has it, and never recalculate it.`,
    });
  }
  return { areas, errors, warnings };
}

/** The source of every figure of an import: the file, and for a workbook the sheet ("national.xlsx (sheet Table_2)"). */
export function importProvenance(workbook: Pick<WorkbookSummary, 'fileName' | 'format'>, sheetName: string, importedAt: Date): ImportedProvenance {
  return {
    kind: 'imported',
    fileName: workbook.format === 'csv' ? workbook.fileName : `${workbook.fileName} (sheet ${sheetName})`,
    importedAt: importedAt.toISOString(),
  };
}

export function readingIssue(reading: CellReading): string | undefined {
  if (reading.kind === 'error') return reading.message;
  if (reading.kind === 'value' && reading.problem) return reading.problem;
  return undefined;
}

export function origin(sheetName: string, ref: string, text: string, reading: CellReading): FigureOrigin {
  const base = { sheetName, ref, text, notes: reading.notes, lowReliability: reading.kind === 'value' && reading.lowReliability };
  switch (reading.kind) {
    case 'value':
      return reading.symbols.length > 0 ? { ...base, otherSymbols: reading.symbols } : base;
    case 'not-applicable':
      return { ...base, symbol: reading.symbol, symbolMeaning: 'not applicable' };
    case 'missing':
      return { ...base, symbol: reading.reason, symbolMeaning: reading.reason === 'blank' ? 'blank: not published' : `${reading.reasonText}: not published` };
    case 'error':
      return base;
  }
}

function checkedColumns(choices: readonly ColumnChoice[], year: MappaYear, errors: ImportIssue[], warnings: ImportIssue[]): ColumnChoice[] {
  const byFigure = new Map<string, number>();
  const kept: ColumnChoice[] = [];
  const category4: string[] = [];
  for (const choice of choices) {
    if (!REPORT_FIGURE_IDS.has(choice.figureId)) {
      errors.push({
        message: `Column ${columnLetters(choice.column)} is mapped to "${choice.figureId}", which is not a report figure.`,
        figureId: choice.figureId,
      });
      continue;
    }
    const earlier = byFigure.get(choice.figureId);
    if (earlier !== undefined) {
      errors.push({
        message: `Columns ${columnLetters(earlier)} and ${columnLetters(choice.column)} are both mapped to ${describeFigure(choice.figureId)}: choose one.`,
        figureId: choice.figureId,
      });
      continue;
    }
    byFigure.set(choice.figureId, choice.column);
    if (isCategory4Figure(choice.figureId) && !hasCategory4(year)) {
      category4.push(columnLetters(choice.column));
      continue;
    }
    kept.push(choice);
  }
  if (category4.length > 0) {
    warnings.push({ message: `Category 4 did not exist in ${year}, so column ${category4.join(', ')} (category 4) was not imported: check the year.` });
  }
  return kept;
}

function checkedRows(choices: readonly AreaRowChoice[], sheet: SheetGrid, errors: ImportIssue[]): AreaRowChoice[] {
  const byArea = new Map<string, number>();
  const kept: AreaRowChoice[] = [];
  for (const choice of choices) {
    if (choice.row < 0 || choice.row >= sheet.rowCount) {
      errors.push({ message: `Row ${choice.row + 1} is outside the sheet "${sheet.name}".`, areaId: choice.areaId });
      continue;
    }
    const earlier = byArea.get(choice.areaId);
    if (earlier !== undefined) {
      errors.push({
        message: `Rows ${earlier + 1} and ${choice.row + 1} are both matched to the same area (${choice.areaId}): choose one.`,
        areaId: choice.areaId,
      });
      continue;
    }
    byArea.set(choice.areaId, choice.row);
    kept.push(choice);
  }
  return kept;
}
