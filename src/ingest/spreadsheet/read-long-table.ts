import type { Area } from '../../domain/area';
import type { ValueStatus } from '../../domain/value-status';
import type { MappaYear } from '../../domain/years';
import { VALUE_STATUSES } from '../../domain/tidy-csv';
import { normaliseYear } from '../common/year-text';
import { cellRef } from './cell-ref';
import type { TableLocation } from './find-table';
import { AreaNameIndex } from '../common/area-names';
import { readFigureCell, type CellReading } from './read-cells';
import type { SheetGrid } from './workbook-model';
import { cellAt, cellText } from './workbook-model';

/** Headings of a long ("tidy") table such as the app's own export: one row per value. */
const LONG_COLUMNS = ['area', 'area id', 'year', 'measure', 'measure id', 'series', 'value', 'unit', 'status', 'source', 'notes'] as const;
type LongColumn = (typeof LONG_COLUMNS)[number];

export interface LongTableRow {
  row: number;
  /** Reference of the value cell. */
  ref: string;
  areaText: string;
  /** From the area id column if it names a known area, else from the area name; undefined if neither. */
  areaId: string | undefined;
  year: MappaYear | undefined;
  measureId: string;
  measureLabel: string;
  series: string | undefined;
  reading: CellReading;
  /** undefined when the status column holds something that is not a value status. */
  status: ValueStatus | undefined;
  statusText: string;
  unit: string;
  source: string;
  /** Where the value cell and the status disagree (a number marked "not applicable"). */
  problem?: string;
}

export type LongTableResult = { ok: true; rows: LongTableRow[] } | { ok: false; message: string };

/** True when a found table has the headings of a long table (measure, value and status columns). */
export function isLongTable(table: TableLocation): boolean {
  const names = new Set(columnIndexes(table).keys());
  return names.has('value') && names.has('status') && (names.has('measure') || names.has('measure id'));
}

function columnIndexes(table: TableLocation): Map<LongColumn, number> {
  const indexes = new Map<LongColumn, number>();
  if (table.areaColumn !== undefined) indexes.set('area', table.areaColumn);
  for (const column of table.columns) {
    const name = column.text.trim().toLowerCase() as LongColumn;
    if (LONG_COLUMNS.includes(name) && !indexes.has(name)) indexes.set(name, column.column);
  }
  return indexes;
}

/** Reads a long table: each row's area, year, measure, value (with GSS symbols) and status. */
export function readLongTable(sheet: SheetGrid, table: TableLocation, areas: readonly Area[]): LongTableResult {
  if (!isLongTable(table)) return { ok: false, message: 'This table does not have measure, value and status columns.' };
  const indexes = columnIndexes(table);
  const areaIndex = new AreaNameIndex(areas);
  const knownIds = new Set(areas.map((area) => area.id));
  const text = (row: number, column: LongColumn) => {
    const index = indexes.get(column);
    return index === undefined ? '' : cellText(cellAt(sheet, row, index));
  };
  const valueColumn = indexes.get('value') ?? 0;
  const rows = table.rows.map(({ row }): LongTableRow => {
    const ref = cellRef(row, valueColumn);
    const reading = readFigureCell(cellAt(sheet, row, valueColumn), ref, 'rate');
    const statusText = text(row, 'status');
    const status = VALUE_STATUSES.find((candidate) => candidate === statusText.toLowerCase());
    const areaText = text(row, 'area');
    const idText = text(row, 'area id');
    const problem = statusProblem(reading, status, ref);
    return {
      row,
      ref,
      areaText,
      areaId: knownIds.has(idText) ? idText : areaIndex.match(areaText).match?.areaId,
      year: normaliseYear(text(row, 'year')),
      measureId: text(row, 'measure id'),
      measureLabel: text(row, 'measure'),
      series: text(row, 'series') || undefined,
      reading,
      status,
      statusText,
      unit: text(row, 'unit'),
      source: text(row, 'source'),
      ...(problem ? { problem } : {}),
    };
  });
  return { ok: true, rows };
}

function statusProblem(reading: CellReading, status: ValueStatus | undefined, ref: string): string | undefined {
  if (!status) return undefined;
  const hasNumber = reading.kind === 'value';
  if (status === 'not applicable' && reading.kind !== 'not-applicable') return `${ref} should be [z] or "-": its status is "not applicable".`;
  if (['missing', 'no figure held', 'cannot be calculated', 'data error', 'not reported by area'].includes(status) && hasNumber)
    return `${ref} holds a number, but its status is "${status}".`;
  if (!['not applicable', 'missing', 'no figure held', 'cannot be calculated', 'data error', 'not reported by area'].includes(status) && !hasNumber)
    return `${ref} has no number, but its status is "${status}".`;
  return undefined;
}
