import { gridFigureId } from '../../domain/figure-catalogue';
import type { GridTableId } from '../../domain/labels';
import type { Provenance } from '../../domain/provenance';
import type { AreaYearReport, ReportWire } from '../../domain/report-schema';
import { hasCategory4, isMappaYear } from '../../domain/years';
import type { FigureValue, WireFigure } from './figure-values';
import { categoriesOf, levelsOfTable } from './report-figure-ids';

type Overrides = Readonly<Record<string, FigureValue>>;

/** Figures read from a source file, and the two words of a report that are text, not figures. */
export interface ReadFigures {
  /** By figure id; a figure not listed is missing (null). */
  figures: readonly { figureId: string; value: WireFigure }[];
  orderWording: AreaYearReport['returnedToCustody']['orderWording'];
  rateBasis: AreaYearReport['rsoPer100k']['populationBasis'];
}

/**
 * The wire record of an imported report: the figures read from the text, with the user's
 * corrections (`overrides`, by figure id) on top. Anything neither found nor entered is null
 * (missing). Category 4 keys appear only for 2022-23 and later. Validate it with reportSchema.
 */
export function buildReportWire(parse: ReadFigures, areaId: string, year: string, provenance: Provenance, overrides: Overrides = {}): ReportWire {
  const extracted = new Map(parse.figures.map((figure) => [figure.figureId, figure.value]));
  const valueOf = (figureId: string): WireFigure => (Object.hasOwn(overrides, figureId) ? (overrides[figureId] ?? null) : (extracted.get(figureId) ?? null));
  const categories = categoriesOf(isMappaYear(year) && hasCategory4(year));
  const categoryRow = (tableId: GridTableId, row: string) =>
    Object.fromEntries(categories.map((category) => [category, valueOf(`${tableId}.${row}.${category}`)]));
  const grid = (tableId: GridTableId) => {
    const levels = levelsOfTable(tableId);
    return {
      cells: Object.fromEntries(levels.map((level) => [level, categoryRow(tableId, level)])),
      rowTotals: Object.fromEntries(levels.map((level) => [level, valueOf(gridFigureId(tableId, level, 'total'))])),
      columnTotals: categoryRow(tableId, 'total'),
      grandTotal: valueOf(gridFigureId(tableId, 'total', 'total')),
    };
  };
  const wire = {
    areaId,
    year,
    provenance,
    snapshot: grid('snapshot'),
    level23Yearly: grid('level23Yearly'),
    revocations: valueOf('revocations'),
    orders: {
      shpo: valueOf('orders.shpo'),
      shpoForeignTravel: valueOf('orders.shpoForeignTravel'),
      notificationOrders: valueOf('orders.notificationOrders'),
    },
    sroBreachNotifications: valueOf('sroBreachNotifications'),
    returnedToCustody: {
      breachOfLicence: grid('breachOfLicence'),
      breachOfOrder: grid('breachOfOrder'),
      orderWording: parse.orderWording,
    },
    rsoPer100k: { rate: valueOf('rsoPer100k'), populationBasis: parse.rateBasis },
  };
  // The grids are built generically from the template; reportSchema checks their shape.
  return wire as unknown as ReportWire;
}
