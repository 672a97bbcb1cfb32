import { GRID_TABLE_IDS, SINGLE_FIGURES, gridFigureId } from '../../domain/figure-catalogue';
import type { GridTableId } from '../../domain/labels';
import { CATEGORIES, LEVELS, LEVELS_2_AND_3, type CategoryKey, type LevelKey } from '../../domain/report-schema';

const CATEGORIES_1_TO_3: readonly CategoryKey[] = ['category1', 'category2', 'category3'];

export function categoriesOf(withCategory4: boolean): readonly CategoryKey[] {
  return withCategory4 ? CATEGORIES : CATEGORIES_1_TO_3;
}

export function levelsOfTable(tableId: GridTableId): readonly LevelKey[] {
  return tableId === 'snapshot' ? LEVELS : LEVELS_2_AND_3;
}

/**
 * The figure ids of a report template, in the catalogue's order (as listFigures lists them):
 * each grid table's cells and row totals level by level, its column totals, its grand total;
 * then the single figures.
 */
export function reportFigureIds(categories: readonly CategoryKey[]): string[] {
  const ids: string[] = [];
  for (const tableId of GRID_TABLE_IDS) {
    for (const level of levelsOfTable(tableId)) {
      for (const category of categories) ids.push(gridFigureId(tableId, level, category));
      ids.push(gridFigureId(tableId, level, 'total'));
    }
    for (const category of categories) ids.push(gridFigureId(tableId, 'total', category));
    ids.push(gridFigureId(tableId, 'total', 'total'));
  }
  for (const figure of SINGLE_FIGURES) ids.push(figure.id);
  return ids;
}

/** Every id a report can have (any year). */
export const REPORT_FIGURE_IDS: ReadonlySet<string> = new Set(reportFigureIds(CATEGORIES));

/** Figures that are rates and may have decimals; all others are counts of people. */
export function isRateFigure(figureId: string): boolean {
  return figureId === 'rsoPer100k';
}

export function isCategory4Figure(figureId: string): boolean {
  return figureId.endsWith('.category4');
}
