import type { Cell, DisputedClaim } from '../../domain/cell';
import type { Provenance } from '../../domain/provenance';
import type { AreaYearReport } from '../../domain/report-schema';
import type { ImportedReport } from '../../domain/imported-report';
import { cellsById, mapReportCells } from '../../domain/report-cells';
import { areaYearKey } from '../../ingest/common/area-year-key';

/** One saved import, as far as combining needs it. */
export interface ImportRecord {
  report: AreaYearReport;
  /** The figures this import gives; undefined when it is a whole report. */
  figureIds?: readonly string[];
  savedAt: string;
}

export function areaYearOf(record: Pick<ImportRecord, 'report'>): string {
  return areaYearKey(record.report.areaId, record.report.year);
}

/**
 * One report per area and year from the saved imports, for the views. Where the user kept
 * several imports of the same area and year, a figure they agree on is shown once; figures
 * they give differently become disputed, each value citing its import (the first saved is used
 * for sums, as the dispute rule's tie-break); a figure one import gives as "-" and another as
 * a number cannot be a dispute of numbers, so the newest import's is shown (the review lists these).
 */
export function combineImports(records: readonly ImportRecord[]): ImportedReport[] {
  const groups = new Map<string, ImportRecord[]>();
  for (const record of records) groups.set(areaYearOf(record), [...(groups.get(areaYearOf(record)) ?? []), record]);
  return [...groups.keys()].sort().map((key) => combineGroup([...groups.get(key)!].sort((a, b) => a.savedAt.localeCompare(b.savedAt))));
}

function combineGroup(group: readonly ImportRecord[]): ImportedReport {
  const newest = group[group.length - 1]!;
  if (group.length === 1) return newest.figureIds ? { ...newest.report, importedFigureIds: newest.figureIds } : newest.report;
  const sources = group.map((record) => ({ record, given: record.figureIds ? new Set(record.figureIds) : undefined, cells: cellsById(record.report) }));
  const combined = mapReportCells(newest.report, (figureId) =>
    combinedCell(
      sources.flatMap(({ record, given, cells }) => {
        const cell = cells.get(figureId);
        return (given && !given.has(figureId)) || !cell ? [] : [{ cell, source: record.report.provenance }];
      }),
    ),
  );
  if (group.some((record) => !record.figureIds)) return combined;
  return { ...combined, importedFigureIds: [...new Set(group.flatMap((record) => record.figureIds ?? []))] };
}

/** A figure as several imports give it, oldest first: agreed, disputed, or (a dash against numbers) the newest. */
export function combinedCell(given: readonly { cell: Cell; source: Provenance }[]): Cell {
  const numbers: DisputedClaim[] = [];
  let dashes = 0;
  for (const { cell, source } of given) {
    if (cell.kind === 'value') numbers.push({ value: cell.value, source: cell.source ?? source });
    if (cell.kind === 'disputed') numbers.push(...cell.claims);
    if (cell.kind === 'not-applicable') dashes += 1;
  }
  if (numbers.length === 0) {
    if (dashes > 0) return { kind: 'not-applicable' };
    // A source's "not published" is kept, citing it (the newest, if several say so).
    return given.findLast(({ cell }) => cell.kind === 'missing' && cell.notPublishedBy)?.cell ?? { kind: 'missing' };
  }
  // Each figure names its own import: the record's source is only the newest import's.
  if (given.length === 1 || dashes > 0) {
    const newest = given[given.length - 1]!;
    return newest.cell.kind === 'value' ? { kind: 'value', value: newest.cell.value, source: newest.cell.source ?? newest.source } : newest.cell;
  }
  const distinct = numbers.filter((claim, index) => numbers.findIndex((other) => other.value === claim.value) === index);
  const [only] = distinct;
  return distinct.length === 1 && only ? { kind: 'value', value: only.value, source: only.source } : { kind: 'disputed', claims: distinct };
}
