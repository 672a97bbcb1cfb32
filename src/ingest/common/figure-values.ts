import type { NotPublishedBy } from '../../domain/cell';
import { SINGLE_FIGURES } from '../../domain/figure-catalogue';
import { CATEGORY_SHORT_LABELS, LEVEL_LABELS, TABLE_LABELS, type GridTableId } from '../../domain/labels';
import type { CategoryKey, LevelKey } from '../../domain/report-schema';
import { isRateFigure } from './report-figure-ids';

/** The same limits as the report schema: anything beyond them cannot be a real figure. */
export const MAX_COUNT = 10_000_000;
export const MAX_RATE = 100_000;

export type FigureValue = number | '-' | null;

/** A figure as a record's wire holds it: a value, or a real source's "not published" with the cell that says so. */
export type WireFigure = FigureValue | { notPublished: NotPublishedBy };

/** Why a number cannot be this figure (a fractional count, an impossible size), or undefined. */
export function numberProblem(figureId: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'is not a number';
  if (value < 0) return 'is negative';
  if (isRateFigure(figureId)) return value > MAX_RATE ? 'is more than 100,000 per 100,000' : undefined;
  if (!Number.isInteger(value)) return 'is not a whole number of people';
  return value > MAX_COUNT ? 'is impossibly large' : undefined;
}

/** "MAPPA-eligible offenders on 31 March: Level 1, Category 3" for "snapshot.level1.category3". */
export function describeFigure(figureId: string): string {
  const single = SINGLE_FIGURES.find((figure) => figure.id === figureId);
  if (single) return single.label;
  const [tableId, row, column] = figureId.split('.');
  const table = TABLE_LABELS[tableId as GridTableId] ?? tableId;
  const rowLabel = row === 'total' ? 'Total' : (LEVEL_LABELS[row as LevelKey] ?? row);
  const columnLabel = column === 'total' ? 'total' : (CATEGORY_SHORT_LABELS[column as CategoryKey] ?? column);
  return `${table}: ${rowLabel}, ${columnLabel}`;
}
