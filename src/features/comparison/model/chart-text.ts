import type { ChartRow, ChartSpec } from '../../charts/chart-data';
import { describeFinding, findInconsistentTotals, type ConsistencyFinding } from '../../data/consistency';
import type { AreaYearReport } from '../../data/report-schema';
import type { MeasureId } from '../measures';

/** "Source: West Midlands MAPPA Annual Report 2021-22; The Star …; includes illustrative data". */
export function sourceLineFor(rows: readonly ChartRow[]): string {
  const published = new Set<string>();
  let calculated = false;
  // The focus area's own sources come first: they are the ones a reader looks for.
  const ordered = [...rows.filter((row) => row.isFocus), ...rows.filter((row) => !row.isFocus)];
  for (const row of ordered) {
    if (row.status === 'published') published.add(withoutUrls(row.source));
    if (row.status === 'calculated here') calculated = true;
    if (row.status === 'imported') published.add(withoutUrls(row.source));
  }
  const parts = [...published].slice(0, 4);
  if (published.size > 4) parts.push(`${published.size - 4} more published sources (see the table)`);
  if (calculated) parts.push('rates and shares calculated here');
  if (includesIllustrative(rows)) parts.push('includes illustrative data (synthetic values, not real statistics)');
  return `Source: ${parts.length > 0 ? parts.join('; ') : 'MAPPA annual reports'}.`;
}

export function includesIllustrative(rows: readonly ChartRow[]): boolean {
  return rows.some((row) => row.status === 'illustrative');
}

/** Which stated totals a measure shows, so their consistency findings become chart notes. */
function findingMatches(measureId: MeasureId, finding: ConsistencyFinding): boolean {
  const { table, line } = finding;
  const grand = line.kind === 'grand-total-vs-rows' || line.kind === 'grand-total-vs-columns';
  switch (measureId) {
    case 'total':
      return table === 'snapshot' && grand;
    case 'category1':
    case 'category2':
    case 'category3':
    case 'category4':
      return table === 'snapshot' && line.kind === 'column' && line.category === measureId;
    case 'level1':
    case 'level2':
    case 'level3':
      return table === 'snapshot' && line.kind === 'row' && line.level === measureId;
    case 'level23Share':
      return table === 'snapshot' && (grand || (line.kind === 'row' && line.level !== 'level1'));
    case 'level23Yearly':
      return table === 'level23Yearly' && grand;
    case 'breachOfLicence':
      return table === 'breachOfLicence' && grand;
    case 'breachOfLicenceRate':
      return (table === 'breachOfLicence' || table === 'level23Yearly') && grand;
    case 'breachOfOrder':
      return table === 'breachOfOrder' && grand;
    default:
      return false;
  }
}

/** Notes for every shown figure whose published total disagrees with its parts. */
export function findingNotes(
  reports: readonly AreaYearReport[],
  shownAreaIds: ReadonlySet<string>,
  measureId: MeasureId,
  areaName: (id: string) => string,
): string[] {
  return reports
    .filter((report) => shownAreaIds.has(report.areaId))
    .flatMap((report) =>
      findInconsistentTotals(report)
        .filter((finding) => findingMatches(measureId, finding))
        .map((finding) => `${areaName(report.areaId)} ${report.year}: ${describeFinding(finding)} The chart shows the published total.`),
    );
}

/** Notes naming areas with no value, so a gap is never read as zero. */
export function gapNotes(rows: readonly ChartRow[]): string[] {
  const notes: string[] = [];
  const byStatus = (status: ChartRow['status']) => rows.filter((row) => row.status === status).map((row) => row.areaName);
  const missing = byStatus('missing');
  const disputed = rows.filter((row) => row.status === 'sources disagree');
  const errors = byStatus('data error');
  const notApplicable = byStatus('not applicable');
  if (missing.length > 0) notes.push(`Not published (no bar, not zero): ${missing.join(', ')}.`);
  for (const row of disputed) notes.push(`${row.areaName}: published sources disagree (${withoutUrls(row.source)}); no bar is drawn.`);
  if (errors.length > 0) notes.push(`Data error (the data service sent figures that cannot be right): ${errors.join(', ')}.`);
  if (notApplicable.length > 0) notes.push(`Not applicable: ${notApplicable.join(', ')}.`);
  const imported = [
    ...new Set(rows.filter((row) => row.status === 'imported').map((row) => `${row.areaName} ${row.year} (${row.source.replace(/^Imported from /, '')})`)),
  ];
  if (imported.length > 0) notes.push(`Imported in this browser, in place of any served figures: ${imported.join(', ')}.`);
  return notes;
}

/** Source lines name sources; their addresses are in the table and the CSV. */
function withoutUrls(text: string): string {
  return text.replace(/ \(https?:\/\/[^)]*\)/g, '');
}

/** A chart spec whose source line and illustrative flag are derived from its rows, never set by hand. */
export function chartSpec(fields: Omit<ChartSpec, 'sourceLine' | 'includesIllustrative'>): ChartSpec {
  return { ...fields, sourceLine: sourceLineFor(fields.rows), includesIllustrative: includesIllustrative(fields.rows) };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
