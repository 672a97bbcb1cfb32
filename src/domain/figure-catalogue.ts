import type { Cell } from './cell';
import { CATEGORY_LABELS, LEVEL_LABELS, TABLE_LABELS, type GridTableId } from './labels';
import { categoriesFor, levelsOf, rowTotal, tableCell, type AreaYearReport, type CategoryKey, type GridTable, type LevelKey } from './report-schema';

/**
 * Every figure of a report, flattened: one id, one plain label and one cell each.
 * Ids look like "snapshot.level1.category1", "snapshot.total.category3", "orders.shpo".
 * The CSV export, the import review and the tidy data all speak in these ids.
 */
export interface FigureEntry {
  id: string;
  table: GridTableId | 'orders' | 'other';
  label: string;
  cell: Cell;
  /** true for totals as the report states them (which can disagree with their parts). */
  statedTotal: boolean;
}

export const GRID_TABLE_IDS: GridTableId[] = ['snapshot', 'level23Yearly', 'breachOfLicence', 'breachOfOrder'];

export function gridTable(report: AreaYearReport, tableId: GridTableId): GridTable {
  switch (tableId) {
    case 'snapshot':
      return report.snapshot;
    case 'level23Yearly':
      return report.level23Yearly;
    case 'breachOfLicence':
      return report.returnedToCustody.breachOfLicence;
    case 'breachOfOrder':
      return report.returnedToCustody.breachOfOrder;
  }
}

export const SINGLE_FIGURES = [
  { id: 'revocations', label: 'Lifetime notification requirements revoked on application', table: 'other' },
  { id: 'orders.shpo', label: 'Sexual Harm Prevention Orders (SHPOs) imposed by the courts', table: 'orders' },
  { id: 'orders.shpoForeignTravel', label: 'SHPOs with a foreign travel restriction', table: 'orders' },
  { id: 'orders.notificationOrders', label: 'Notification orders imposed by the courts', table: 'orders' },
  {
    id: 'sroBreachNotifications',
    label: 'People who became subject to notification after breaching a Sexual Risk Order',
    table: 'other',
  },
  { id: 'rsoPer100k', label: 'Registered sexual offenders per 100,000 population aged 10 and over', table: 'other' },
] as const;

export type SingleFigureId = (typeof SINGLE_FIGURES)[number]['id'];

export function singleFigure(report: AreaYearReport, id: SingleFigureId): Cell {
  switch (id) {
    case 'revocations':
      return report.revocations;
    case 'orders.shpo':
      return report.orders.shpo;
    case 'orders.shpoForeignTravel':
      return report.orders.shpoForeignTravel;
    case 'orders.notificationOrders':
      return report.orders.notificationOrders;
    case 'sroBreachNotifications':
      return report.sroBreachNotifications;
    case 'rsoPer100k':
      return report.rsoPer100k.rate;
  }
}

export function gridFigureId(tableId: GridTableId, level: LevelKey | 'total', category: CategoryKey | 'total'): string {
  return `${tableId}.${level}.${category}`;
}

export function listFigures(report: AreaYearReport): FigureEntry[] {
  const entries: FigureEntry[] = [];
  const categories = categoriesFor(report.year);
  for (const tableId of GRID_TABLE_IDS) {
    const table = gridTable(report, tableId);
    const tableLabel = TABLE_LABELS[tableId];
    for (const level of levelsOf(table)) {
      for (const category of categories) {
        entries.push({
          id: gridFigureId(tableId, level, category),
          table: tableId,
          label: `${tableLabel}: ${LEVEL_LABELS[level]}, ${CATEGORY_LABELS[category]}`,
          cell: tableCell(table, level, category),
          statedTotal: false,
        });
      }
      entries.push({
        id: gridFigureId(tableId, level, 'total'),
        table: tableId,
        label: `${tableLabel}: ${LEVEL_LABELS[level]}, total`,
        cell: rowTotal(table, level),
        statedTotal: true,
      });
    }
    for (const category of categories) {
      entries.push({
        id: gridFigureId(tableId, 'total', category),
        table: tableId,
        label: `${tableLabel}: ${CATEGORY_LABELS[category]}, total`,
        cell: table.columnTotals[category] ?? { kind: 'missing' },
        statedTotal: true,
      });
    }
    entries.push({
      id: gridFigureId(tableId, 'total', 'total'),
      table: tableId,
      label: `${tableLabel}: total`,
      cell: table.grandTotal,
      statedTotal: true,
    });
  }
  for (const figure of SINGLE_FIGURES) {
    entries.push({
      id: figure.id,
      table: figure.table,
      label: figure.label,
      cell: singleFigure(report, figure.id),
      statedTotal: false,
    });
  }
  return entries;
}
