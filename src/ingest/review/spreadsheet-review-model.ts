import type { Cell } from '../../domain/cell';
import { areaYearKey } from '../common/area-year-key';
import { tableRecord, type TableRecord } from '../common/table-record';
import { describeFigure, type WireFigure } from '../common/figure-values';
import { cellWords, sameFigure, type HeldFigure, type HeldFigureLookup } from './held-figures';
import { GSS_SYMBOLS } from '../spreadsheet/read-cells';
import type { FigureOrigin, ImportedFigures, SpreadsheetImportResult } from '../spreadsheet/spreadsheet-import';

/**
 * What saving does with a figure of the file. A real source's [x], [c] or [w] is its word that
 * the figure is not published: it replaces a stand-in (an illustrative figure, or none), never a
 * real figure held here.
 */
export type FigureOutcome = 'imported' | 'not-published' | 'not-given' | 'unreadable';

/** How an incoming figure compares with the one held now. */
export type HeldComparison = 'same' | 'differs' | 'nothing-held';

export interface SpreadsheetReviewRow {
  /** Unique in the review: area, year and figure. */
  key: string;
  areaId: string;
  year: string;
  figureId: string;
  figureLabel: string;
  /** "Table_2!B7" */
  from: string;
  /** The cell as the file has it ('' for a blank). */
  cellText: string;
  incoming: Cell | undefined;
  /** "1,234", "not applicable", "not published ([x]: not available)", or why it could not be read. */
  incomingText: string;
  /** Short notes about the cell: a formula's saved result, [u], [p], note markers, the file's status. */
  flags: string[];
  held: HeldFigure | undefined;
  comparison: HeldComparison;
  outcome: FigureOutcome;
}

/**
 * Every figure of an import beside the cell it came from and the figure held here now; cells
 * that could not be read are rows too, so the review accounts for every mapped cell.
 */
export function spreadsheetReviewRows(
  result: Pick<SpreadsheetImportResult, 'areas' | 'errors'>,
  heldFor: (year: string) => HeldFigureLookup,
): SpreadsheetReviewRow[] {
  const rows: SpreadsheetReviewRow[] = [];
  for (const area of result.areas) {
    const held = heldFor(area.year);
    for (const [figureId, incoming] of Object.entries(area.figures)) {
      const origin = area.origins[figureId];
      const heldFigure = held(area.areaId, figureId);
      const outcome = figureOutcome(incoming, heldFigure);
      rows.push({
        key: `${areaYearKey(area.areaId, area.year)}|${figureId}`,
        areaId: area.areaId,
        year: area.year,
        figureId,
        figureLabel: describeFigure(figureId),
        from: origin ? `${origin.sheetName}!${origin.ref}` : '',
        cellText: origin?.text ?? '',
        incoming,
        incomingText: incomingWords(incoming, origin),
        flags: origin ? originFlags(origin) : [],
        held: heldFigure,
        comparison: !heldFigure ? 'nothing-held' : sameFigure(incoming, heldFigure.cell) ? 'same' : 'differs',
        outcome,
      });
    }
  }
  const years = new Map(result.areas.map((area) => [area.areaId, area.year]));
  for (const error of result.errors) {
    if (!error.areaId || !error.figureId || !error.ref) continue;
    const year = years.get(error.areaId) ?? '';
    const heldFigure = year ? heldFor(year)(error.areaId, error.figureId) : undefined;
    const at = rows.findLastIndex((row) => row.areaId === error.areaId);
    const row: SpreadsheetReviewRow = {
      key: `${areaYearKey(error.areaId, year)}|${error.figureId}|${error.ref}`,
      areaId: error.areaId,
      year,
      figureId: error.figureId,
      figureLabel: describeFigure(error.figureId),
      from: error.ref,
      cellText: '',
      incoming: undefined,
      incomingText: `could not be read: ${error.message.replace(`${describeFigure(error.figureId)}: `, '')}`,
      flags: [],
      held: heldFigure,
      comparison: heldFigure ? 'differs' : 'nothing-held',
      outcome: 'unreadable',
    };
    rows.splice(at < 0 ? rows.length : at + 1, 0, row);
  }
  return rows;
}

function figureOutcome(incoming: Cell, held: HeldFigure | undefined): FigureOutcome {
  if (incoming.kind !== 'missing') return 'imported';
  if (!incoming.notPublishedBy) return 'not-given';
  return !held || isStandIn(held) ? 'not-published' : 'not-given';
}

/** A figure held here that a real source's "not published" replaces: an illustrative figure, none, or a blank. */
function isStandIn(held: HeldFigure): boolean {
  return held.status === 'illustrative' || held.status === 'no figure held' || held.status === 'missing';
}

function incomingWords(cell: Cell, origin: FigureOrigin | undefined): string {
  if (cell.kind === 'missing') {
    const symbol = origin?.symbol && origin.symbol !== 'blank' ? `${origin.symbol}: ${GSS_SYMBOLS[origin.symbol.slice(1, -1)] ?? ''}` : 'blank';
    return `not published (${symbol})`;
  }
  return cellWords(cell);
}

function originFlags(origin: FigureOrigin): string[] {
  return [
    ...(origin.fromFormula ? ['read the saved result of a formula (never recalculated)'] : []),
    ...(origin.lowReliability ? ['[u] low reliability'] : []),
    ...(origin.otherSymbols ?? []).map((symbol) => `[${symbol}] ${GSS_SYMBOLS[symbol] ?? ''}`.trim()),
    ...origin.notes.map((note) => `[${note}]`),
    ...(origin.statusInFile ? [`status in the file: ${origin.statusInFile}`] : []),
  ];
}

/** What the review says saving will do with a row's figure. */
export function outcomeWords(row: Pick<SpreadsheetReviewRow, 'outcome' | 'held'>): string {
  switch (row.outcome) {
    case 'imported':
      return 'imported';
    case 'not-published':
      return row.held?.status === 'illustrative' ? 'imported as not published: replaces the illustrative figure held here' : 'imported as not published';
    case 'not-given':
      return row.held ? 'not imported: the figure held here stays' : 'not imported';
    case 'unreadable':
      return 'not imported: fix the cell and choose the file again';
  }
}

export interface ReviewSummary {
  imported: number;
  /** A real source's [x], [c] or [w] saved as "not published" in place of a stand-in. */
  notPublished: number;
  notGiven: number;
  unreadable: number;
  /** Imported figures that differ from the figures held here, by the held figure's status. */
  differing: Partial<Record<HeldFigure['status'], number>>;
  differingCount: number;
  areaYears: number;
}

export function reviewSummary(rows: readonly SpreadsheetReviewRow[]): ReviewSummary {
  const differing: Partial<Record<HeldFigure['status'], number>> = {};
  let differingCount = 0;
  for (const row of rows) {
    if (row.outcome !== 'imported' || row.comparison !== 'differs' || !row.held) continue;
    differing[row.held.status] = (differing[row.held.status] ?? 0) + 1;
    differingCount += 1;
  }
  const imported = rows.filter((row) => row.outcome === 'imported');
  return {
    imported: imported.length,
    notPublished: rows.filter((row) => row.outcome === 'not-published').length,
    notGiven: rows.filter((row) => row.outcome === 'not-given').length,
    unreadable: rows.filter((row) => row.outcome === 'unreadable').length,
    differing,
    differingCount,
    areaYears: new Set(imported.map((row) => areaYearKey(row.areaId, row.year))).size,
  };
}

/** One area-year of the file, ready to save as a partial import of the figures it gives. */
export interface SpreadsheetSaveItem extends TableRecord {
  key: string;
  areaId: string;
  year: string;
}

/**
 * The imports to save: one per area and year that gives at least one figure. A blank is not
 * given, so it never blanks a figure held here; a [x], [c] or [w] is given as the source's "not
 * published" where the figure held here is a stand-in (with `heldFor`, as the review says; the
 * views too lay it over a stand-in only, never over a real figure).
 */
export function spreadsheetSaveItems(areas: readonly ImportedFigures[], heldFor?: (year: string) => HeldFigureLookup): SpreadsheetSaveItem[] {
  return areas.flatMap((area) => {
    const held = heldFor?.(area.year);
    const values: Record<string, WireFigure> = {};
    for (const [figureId, cell] of Object.entries(area.figures)) {
      if (cell.kind === 'value') values[figureId] = cell.value;
      if (cell.kind === 'not-applicable') values[figureId] = '-';
      if (cell.kind === 'missing' && cell.notPublishedBy && figureOutcome(cell, held?.(area.areaId, figureId)) === 'not-published') {
        values[figureId] = { notPublished: cell.notPublishedBy };
      }
    }
    if (Object.keys(values).length === 0) return [];
    return [
      { key: areaYearKey(area.areaId, area.year), areaId: area.areaId, year: area.year, ...tableRecord(values, area.areaId, area.year, area.provenance) },
    ];
  });
}
