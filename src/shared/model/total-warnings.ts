import type { ChartRow } from '../../domain/chart-row';
import { describeTotalWarning, type ConsistencyFinding } from '../../domain/consistency';

/** What a value label carries when it shows, or is divided by, a published total that does not match its figures (as in the report tables). */
export const TOTAL_WARNING_MARK = ' ≠';

/** "the Category 3 total is published as 7, but its figures add up to 8", each total the row shows or divides by; empty for none. */
export function totalWarningText(row: Pick<ChartRow, 'totalFindings'>): string {
  return (row.totalFindings ?? []).map(describeTotalWarning).join('; ');
}

/**
 * One chart note per published total that does not add up, applying to every row that shows or
 * divides by it: the CSV's and the spreadsheets' notes column and the exported image carry it.
 */
export function totalWarningNotes(rows: readonly ChartRow[]): { text: string; appliesTo: (row: ChartRow) => boolean }[] {
  const notes = new Map<string, { text: string; finding: ConsistencyFinding; areaId: string; year: string }>();
  for (const row of rows) {
    for (const finding of row.totalFindings ?? []) {
      const text = `≠ ${row.areaName} ${row.year}: ${describeTotalWarning(finding)}. The chart uses the total as published, uncorrected.`;
      if (!notes.has(text)) notes.set(text, { text, finding, areaId: row.areaId, year: row.year });
    }
  }
  return [...notes.values()].map(({ text, finding, areaId, year }) => ({
    text,
    appliesTo: (row: ChartRow) => row.areaId === areaId && row.year === year && (row.totalFindings ?? []).includes(finding),
  }));
}
