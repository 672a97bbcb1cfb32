import type { Provenance } from '../../domain/provenance';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../domain/report-schema';
import { summariseIssues } from '../../shared/data/parse-reports';
import { buildReportWire } from './build-report-wire';
import { areaYearKey } from './combine-imports';
import { givenFigureIds, templateFigureIds } from './given-figures';
import type { TidyCsvGroup } from './parse-tidy-csv';

/** One area-year of a tidy CSV, ready to save: its record, and the figures it gives when only some. */
export interface CsvGroupImport {
  key: string;
  group: TidyCsvGroup;
  wire: ReportWire;
  report: AreaYearReport | undefined;
  /** Undefined when the file gives every figure of the year (a whole report). */
  given: string[] | undefined;
  templateSize: number;
  error: string | undefined;
}

/**
 * The CSV's area-years as imports. A figure the file does not list, or lists as missing, is
 * not given: it never blanks a served figure.
 */
export function csvGroupImports(groups: readonly TidyCsvGroup[], provenance: Provenance): CsvGroupImport[] {
  return groups.map((group) => {
    const figures = Object.entries(group.figures).map(([figureId, value]) => ({ figureId, value, source: null }));
    const wire = buildReportWire({ figures, orderWording: 'SOPO/SHPO', rateBasis: 'unknown' }, group.areaId, group.year, provenance);
    const parsed = reportSchema.safeParse(wire);
    return {
      key: areaYearKey(group.areaId, group.year),
      group,
      wire,
      report: parsed.success ? parsed.data : undefined,
      given: givenFigureIds(group.year, (figureId) => group.figures[figureId]),
      templateSize: templateFigureIds(group.year).length,
      error: parsed.success ? undefined : summariseIssues(parsed.error),
    };
  });
}
