import type { Area } from '../../domain/area';
import type { ChartRow } from '../../domain/chart-row';
import { listFigures } from '../../domain/figure-catalogue';
import type { ImportedReport } from '../../domain/imported-report';
import { statusOf } from '../../domain/cell-status';

/**
 * Every figure of the saved imports (one report per area and year, as the views show them) as
 * tidy rows, in the same format as the chart CSVs. A partial import lists only the figures it gives.
 */
export function importsToRows(reports: readonly ImportedReport[], areas: readonly Area[]): ChartRow[] {
  return reports.flatMap((report) => {
    const areaName = areas.find((area) => area.id === report.areaId)?.name ?? report.areaId;
    const given = report.importedFigureIds ? new Set(report.importedFigureIds) : undefined;
    const figures = listFigures(report).filter((figure) => !given || given.has(figure.id));
    return figures.map((figure): ChartRow => {
      const { status, source } = statusOf(figure.cell, report.provenance);
      return {
        areaId: report.areaId,
        areaName,
        year: report.year,
        measureId: figure.id,
        measureLabel: figure.label,
        cell: figure.cell,
        value: figure.cell.kind === 'value' ? figure.cell.value : undefined,
        unit: figure.id === 'rsoPer100k' ? 'per 100,000 population aged 10 and over' : 'people',
        status,
        source,
        isFocus: false,
        isReference: false,
      };
    });
  });
}
