import type { Cell } from './cell';
import { gridFigureId, gridTable, listFigures } from './figure-catalogue';
import type { GridTableId } from './labels';
import {
  categoriesFor,
  levelsOf,
  rowTotal,
  tableCell,
  type AreaYearReport,
  type CategoryRow,
  type GridTable,
  type Level23Table,
  type SnapshotTable,
} from './report-schema';

/** Every figure's cell of a report, by figure id ("snapshot.level1.category1", "orders.shpo"). */
export function cellsById(report: AreaYearReport): Map<string, Cell> {
  return new Map(listFigures(report).map((figure) => [figure.id, figure.cell]));
}

/**
 * The report with each figure's cell replaced by `cellFor(figureId, cell)`. Pure: the report
 * passed in is not changed. Record-level fields (area, year, provenance, wording) are kept.
 */
export function mapReportCells(report: AreaYearReport, cellFor: (figureId: string, cell: Cell) => Cell): AreaYearReport {
  const categories = categoriesFor(report.year);
  const categoryRow = (tableId: GridTableId, row: string, cellOf: (category: (typeof categories)[number]) => Cell): CategoryRow => {
    const entries = categories.map((category) => [category, cellFor(`${tableId}.${row}.${category}`, cellOf(category))] as const);
    return Object.fromEntries(entries) as unknown as CategoryRow;
  };
  const grid = <T extends GridTable>(tableId: GridTableId): T => {
    const table = gridTable(report, tableId);
    const levels = levelsOf(table);
    return {
      cells: Object.fromEntries(levels.map((level) => [level, categoryRow(tableId, level, (category) => tableCell(table, level, category))])),
      rowTotals: Object.fromEntries(levels.map((level) => [level, cellFor(gridFigureId(tableId, level, 'total'), rowTotal(table, level))])),
      columnTotals: categoryRow(tableId, 'total', (category) => table.columnTotals[category] ?? { kind: 'missing' }),
      grandTotal: cellFor(gridFigureId(tableId, 'total', 'total'), table.grandTotal),
    } as T;
  };
  return {
    ...report,
    snapshot: grid<SnapshotTable>('snapshot'),
    level23Yearly: grid<Level23Table>('level23Yearly'),
    revocations: cellFor('revocations', report.revocations),
    orders: {
      shpo: cellFor('orders.shpo', report.orders.shpo),
      shpoForeignTravel: cellFor('orders.shpoForeignTravel', report.orders.shpoForeignTravel),
      notificationOrders: cellFor('orders.notificationOrders', report.orders.notificationOrders),
    },
    sroBreachNotifications: cellFor('sroBreachNotifications', report.sroBreachNotifications),
    returnedToCustody: {
      ...report.returnedToCustody,
      breachOfLicence: grid<Level23Table>('breachOfLicence'),
      breachOfOrder: grid<Level23Table>('breachOfOrder'),
    },
    rsoPer100k: { ...report.rsoPer100k, rate: cellFor('rsoPer100k', report.rsoPer100k.rate) },
  };
}
