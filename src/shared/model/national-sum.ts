import type { ChartRow } from '../../domain/chart-row';
import { formatNumber } from '../../lib/format';

/** England and Wales's own published figure beside the sum of the areas' figures for the same measure and year. */
export interface NationalSumComparison {
  national: number;
  nationalSource: string;
  sum: number;
  /** national − sum: positive when the national figure is larger. */
  difference: number;
  areaCount: number;
  /** Areas with a figure in the sum, and those without. */
  summed: number;
  missing: string[];
  illustrative: string[];
  disputed: string[];
  imported: string[];
  text: string;
}

/**
 * The only measure whose illustrative area figures are fitted to a published England and Wales
 * total (scripts/fixtures/generate.ts, planCategory1); every other measure's stand-ins are not.
 */
const FITTED_TO_NATIONAL: ReadonlySet<string> = new Set(['snapshot.total.category1']);

const SUMMABLE_STATUSES = new Set<ChartRow['status']>(['published', 'illustrative', 'imported', 'sources disagree']);

/**
 * Compares England and Wales's published count with the sum of the areas' counts. It only
 * describes the difference and what the sum is made of: neither figure is corrected.
 * Rates and shares are not additive, so callers pass counts only.
 */
export function compareNationalWithAreaSum(areaRows: readonly ChartRow[], national: ChartRow | undefined): NationalSumComparison | undefined {
  if (!national || national.value === undefined) return undefined;
  if (national.status !== 'published' && national.status !== 'sources disagree') return undefined;
  const rows = areaRows.filter((row) => !row.isReference);
  const withValue = rows.filter((row) => row.value !== undefined && SUMMABLE_STATUSES.has(row.status));
  const names = (status: ChartRow['status']) => withValue.filter((row) => row.status === status).map((row) => row.areaName);
  const missing = rows.filter((row) => !withValue.includes(row)).map((row) => row.areaName);
  const sum = withValue.reduce((total, row) => total + (row.value ?? 0), 0);
  const comparison = {
    national: national.value,
    nationalSource: national.source,
    sum,
    difference: national.value - sum,
    areaCount: rows.length,
    summed: withValue.length,
    missing,
    illustrative: names('illustrative'),
    disputed: names('sources disagree'),
    imported: names('imported'),
  };
  return { ...comparison, text: describeComparison(comparison, national.year, FITTED_TO_NATIONAL.has(national.measureId)) };
}

function describeComparison(c: Omit<NationalSumComparison, 'text'>, year: string, fitted: boolean): string {
  const gap =
    c.difference === 0 ? 'the same' : `${formatNumber(Math.abs(c.difference))} ${c.difference > 0 ? 'fewer' : 'more'} (${percent(c.difference, c.national)})`;
  const parts = [
    `England and Wales ${year}: the published national figure is ${formatNumber(c.national)}; the ${c.summed} areas with a figure add up to ${formatNumber(c.sum)} (calculated here), ${gap}.`,
  ];
  const caveats: string[] = [];
  if (c.missing.length > 0) caveats.push(`${c.missing.length} ${plural(c.missing.length)} without a figure (${c.missing.join(', ')}) left out`);
  if (c.illustrative.length > 0)
    caveats.push(`${c.illustrative.length} of the ${c.areaCount} figures ${c.illustrative.length === 1 ? 'is' : 'are'} illustrative, not real`);
  if (c.disputed.length > 0)
    caveats.push(`${c.disputed.length} ${plural(c.disputed.length)} where sources disagree (${c.disputed.join(', ')}) counted at the chosen figure`);
  if (c.imported.length > 0) caveats.push(`${c.imported.length} imported in this browser (${c.imported.join(', ')})`);
  if (caveats.length > 0) parts.push(`In the sum: ${caveats.join('; ')}.`);
  if (c.illustrative.length > 0 && fitted) {
    // The synthetic areas were generated to fit this published national total: agreement is by construction.
    parts.push(
      'The illustrative figures were generated here to fit the published national category 1 total, so how closely the sum matches is by construction and checks nothing; neither figure is corrected.',
    );
  } else if (c.illustrative.length > 0) {
    // Only category 1 was fitted: here the gap mostly measures the synthetic stand-ins, not the published figures.
    parts.push(
      'The illustrative figures were not fitted to this national figure (only category 1 totals were), so the difference mostly reflects the synthetic figures and says nothing about the published ones; neither figure is corrected.',
    );
  } else if (c.missing.length > 0) {
    parts.push('So the sum cannot check the national figure; neither is corrected.');
  } else {
    parts.push('A difference can come from revisions, or from sources counted on different dates; neither figure is corrected.');
  }
  return parts.join(' ');
}

function plural(count: number): string {
  return count === 1 ? 'area' : 'areas';
}

function percent(difference: number, national: number): string {
  if (national === 0) return 'of a national figure of 0';
  const share = Math.abs(difference / national) * 100;
  // "0%" would read as no difference at all.
  if (share > 0 && share < 0.05) return 'less than 0.1% of the national figure';
  return `${share.toLocaleString('en-GB', { maximumFractionDigits: 1 })}% of the national figure`;
}
