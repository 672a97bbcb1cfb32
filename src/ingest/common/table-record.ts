import type { Provenance } from '../../domain/provenance';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../domain/report-schema';
import { summariseIssues } from '../../lib/zod-issues';
import { buildReportWire } from './build-report-wire';
import type { WireFigure } from './figure-values';
import { givenFigureIds } from './given-figures';

/** An area-year's record built from the figures a table gives (a tidy CSV's rows, a spreadsheet's cells), checked. */
export interface TableRecord {
  wire: ReportWire;
  /** The record as the report schema reads it; undefined when it fails (then `error` says why). */
  report: AreaYearReport | undefined;
  /** The figures given (a number, "-" or a source's "not published"); undefined when every figure of the year is given (a whole report). */
  given: string[] | undefined;
  error: string | undefined;
}

/**
 * The record of the figures a table gives for one area and year. A figure the table does not
 * give, or gives as missing, is not given: it never blanks a figure held already. A table says
 * nothing of the order wording or the rate's population basis, so they are left as unknown.
 */
export function tableRecord(figures: Readonly<Record<string, WireFigure>>, areaId: string, year: string, provenance: Provenance): TableRecord {
  const listed = Object.entries(figures).map(([figureId, value]) => ({ figureId, value }));
  const wire = buildReportWire({ figures: listed, orderWording: 'SOPO/SHPO', rateBasis: 'unknown' }, areaId, year, provenance);
  const parsed = reportSchema.safeParse(wire);
  return {
    wire,
    report: parsed.success ? parsed.data : undefined,
    given: givenFigureIds(year, (figureId) => (Object.hasOwn(figures, figureId) ? figures[figureId] : undefined)),
    error: parsed.success ? undefined : summariseIssues(parsed.error),
  };
}
