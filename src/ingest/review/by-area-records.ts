import type { Provenance } from '../../domain/provenance';
import type { ByAreaRow } from '../report-text/by-area-tables';
import type { ReportTextParse } from '../report-text/parse-report-text';
import { reviewOutcome, type ReviewOutcome } from './report-review-model';

/** An area's figures from a regional report's table by area: a partial record (only the figures the table gives). */
export interface ByAreaRecord {
  areaId: string;
  row: ByAreaRow;
  outcome: ReviewOutcome;
}

/**
 * The area records a regional report's tables by area give, for the year the report covers.
 * A row is used when it names one of the region's areas, or when the reader said which area it
 * is (`answerFor` gives the area id; undefined or anything else leaves it out). Each record
 * gives only the table's figures: the rest of the area's figures are not touched.
 */
export function byAreaRecords(
  parse: Pick<ReportTextParse, 'byArea' | 'orderWording'>,
  year: string,
  provenance: Provenance,
  answerFor: (row: ByAreaRow) => string | undefined,
): ByAreaRecord[] {
  return parse.byArea.flatMap((table) =>
    table.rows.flatMap((row): ByAreaRecord[] => {
      const areaId = row.areaId ?? answerFor(row);
      if (!areaId) return [];
      const figures = row.figures.map((figure) => ({ ...figure, source: { lineNumber: row.line.lineNumber, text: row.line.text } }));
      const outcome = reviewOutcome({ figures, orderWording: parse.orderWording, rateBasis: 'unknown' }, areaId, year, {}, provenance);
      return [{ areaId, row, outcome }];
    }),
  );
}
