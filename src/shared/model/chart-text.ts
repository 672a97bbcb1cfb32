import type { ChartRow, ChartSpec } from '../../domain/chart-row';
import { claimSourceNames } from '../../domain/disputes';
import { decimalsFor, formatNumber } from '../../lib/format';
import { changeAtDecimals } from './change';
import { FIRST_REGIONAL_YEAR, isRegionalEra } from '../../domain/years';
import { statusMark } from '../../domain/trust';
import { totalWarningNotes } from './total-warnings';

const SUM_OF_AREAS_SOURCE = 'Sum of areas';

/** The reporting change, as every figure that spans it or shows regions says it. */
export const REPORTING_CHANGE_NOTE = `Reporting change: from ${FIRST_REGIONAL_YEAR} the MAPPA annual reports are published for the 12 probation regions, no longer for the 42 areas. A region’s figures before ${FIRST_REGIONAL_YEAR} are the sums of its areas’ figures, calculated here; an area’s figures from ${FIRST_REGIONAL_YEAR} are not reported unless a regional report gives them by area.`;

/**
 * What the geography of a figure's rows needs said: the reporting change wherever a region or a
 * regional year is shown, which region figures are sums of their areas' (calculated here), which
 * areas are not reported by area, and a region's own figure that differs from its areas' sum.
 */
export function geographyNotes(rows: readonly ChartRow[]): ScopedNote[] {
  const notes: ScopedNote[] = [];
  const shows = (row: ChartRow) => row.level === 'region' || (row.level === 'area' && isRegionalEra(row.year));
  if (rows.some(shows)) notes.push({ text: REPORTING_CHANGE_NOTE, appliesTo: shows });
  const summed = rows.filter((row) => row.regionFigure === 'sum of areas, calculated here');
  if (summed.length > 0) {
    const keys = new Set(summed.map(rowKey));
    const names = [...new Set(summed.map((row) => `${row.areaName} ${row.year}`))];
    notes.push({
      text: `Sum of areas, calculated here (not a published figure): ${names.join(', ')}. Counts are added up; a rate is the summed count over the summed population; a region with any area missing a figure cannot be calculated.`,
      appliesTo: (row) => keys.has(rowKey(row)),
    });
  }
  const notReported = rows.filter((row) => row.status === 'not reported by area');
  if (notReported.length > 0) {
    const keys = new Set(notReported.map(rowKey));
    const names = [...new Set(notReported.map((row) => `${row.areaName} ${row.year}`))];
    notes.push({
      text: `Not reported by area (not zero): ${names.join(', ')}. From ${FIRST_REGIONAL_YEAR} the reports are regional; choose Probation regions to see them.`,
      appliesTo: (row) => keys.has(rowKey(row)),
    });
  }
  for (const row of rows.filter((r) => r.areaSum)) {
    const sum = row.areaSum;
    if (!sum || row.value === undefined) continue;
    notes.push({
      text: `${row.areaName} ${row.year}: its own figure (${formatNumber(row.value)}${statusMark(row.status)}, ${withoutUrls(row.source)}) differs from the sum of its areas’ figures (${formatNumber(sum.value)}${statusMark(sum.status)}, calculated here). The region’s own figure is shown; neither is corrected.`,
      appliesTo: (other) => rowKey(other) === rowKey(row),
    });
  }
  return notes;
}

/** "Source: West Midlands MAPPA Annual Report 2021-22; The Star …; includes illustrative data". */
export function sourceLineFor(rows: readonly ChartRow[]): string {
  const published = new Set<string>();
  let calculated = false;
  let summed = false;
  // The focus area's own sources come first: they are the ones a reader looks for.
  const ordered = [...rows.filter((row) => row.isFocus), ...rows.filter((row) => !row.isFocus)];
  for (const row of ordered) {
    if (row.regionFigure === 'sum of areas, calculated here') summed = true;
    else if (row.status === 'calculated here') calculated = true;
    if (row.status !== 'published' && row.status !== 'imported' && row.status !== 'calculated here') continue;
    // A figure calculated from published ones cites them; a figure several sources quote cites each once.
    for (const part of row.source.replace(/^Calculated here from: /, '').split('; ')) {
      const name = withoutUrls(part).trim();
      if (name && !/^illustrative value/i.test(name) && !name.startsWith(SUM_OF_AREAS_SOURCE)) published.add(name);
    }
  }
  const parts = [...published].slice(0, 4);
  if (published.size > 4) parts.push(`${published.size - 4} more published sources (see the table)`);
  if (calculated) parts.push('rates and shares calculated here');
  if (summed) parts.push(`region figures before ${FIRST_REGIONAL_YEAR} summed here from the areas’ figures`);
  if (includesIllustrative(rows)) parts.push('includes illustrative data (synthetic values, not real statistics)');
  return `Source: ${parts.length > 0 ? parts.join('; ') : 'MAPPA annual reports'}.`;
}

export function includesIllustrative(rows: readonly ChartRow[]): boolean {
  return rows.some((row) => row.status === 'illustrative');
}

/** A note about some rows only (an area, an area-year): the CSV repeats it on those rows. */
export interface ScopedNote {
  text: string;
  appliesTo: (row: ChartRow) => boolean;
}

/** A plain string applies to every row of the chart. */
export type NoteInput = string | ScopedNote;

export const ILLUSTRATIVE_NOTE = 'Includes illustrative data: values marked * are synthetic stand-ins, not real statistics.';

/** Notes naming areas with no value, so a gap is never read as zero, and every disagreement between sources. */
export function gapNotes(rows: readonly ChartRow[], gapWording = '(no bar, not zero)'): ScopedNote[] {
  const notes: ScopedNote[] = [];
  const scoped = (matching: ChartRow[], text: (names: string) => string) => {
    if (matching.length === 0) return;
    const names = [...new Set(matching.map((row) => row.areaName))].join(', ');
    const keys = new Set(matching.map(rowKey));
    notes.push({ text: text(names), appliesTo: (row) => keys.has(rowKey(row)) });
  };
  const byStatus = (status: ChartRow['status']) => rows.filter((row) => row.status === status);
  scoped(byStatus('missing'), (names) => `Not published ${gapWording}: ${names}.`);
  // A gap in the data held here is not a claim that a real report left the figure out.
  scoped(byStatus('no figure held'), (names) => `No figure held here ${gapWording}: ${names}. This says nothing about whether a report published one.`);
  scoped(byStatus('cannot be calculated'), (names) => `Cannot be calculated ${gapWording}, because a figure it needs is not there: ${names}.`);
  for (const row of rows.filter((r) => r.dispute)) {
    scoped([row], () => disputeNote(row));
  }
  scoped(byStatus('data error'), (names) => `Data error (the data service sent figures that cannot be right): ${names}.`);
  scoped(byStatus('not applicable'), (names) => `Not applicable: ${names}.`);
  const imported = rows.filter((row) => row.status === 'imported');
  if (imported.length > 0) {
    const keys = new Set(imported.map(rowKey));
    const described = [...new Set(imported.map((row) => `${row.areaName} ${row.year} (${row.source.replace(/^Imported from /, '')})`))];
    notes.push({
      text: `Imported in this browser, in place of the served figures (an import of only some figures replaces just those): ${described.join(', ')}.`,
      appliesTo: (row) => keys.has(rowKey(row)),
    });
  }
  return notes;
}

/** "Hertfordshire 2022-23: published sources disagree: 816 (LBC 2024-01-30) or 987 (The Comet …). 816 is used because …" */
export function disputeNote(row: ChartRow): string {
  const dispute = row.dispute;
  if (!dispute) return '';
  const claims = [dispute.chosen, ...dispute.others].map((claim) => `${formatNumber(claim.value)} (${claimSourceNames(claim)})`);
  return `${row.areaName} ${row.year}: published sources disagree: ${claims.join(' or ')}. ${formatNumber(dispute.chosen.value)} is used because ${dispute.reason}.`;
}

function rowKey(row: ChartRow): string {
  return `${row.areaId}|${row.year}`;
}

/** Source lines name sources; their addresses are in the table and the CSV. */
function withoutUrls(text: string): string {
  return text.replace(/ \(https?:\/\/[^)]*\)/g, '');
}

/**
 * A chart spec whose source line, illustrative flag and numbered notes are derived from its rows,
 * never set by hand. Each row learns which notes apply to it, for the CSV's notes column.
 */
export function chartSpec(fields: Omit<ChartSpec, 'sourceLine' | 'includesIllustrative' | 'notes'> & { notes: NoteInput[] }): ChartSpec {
  const illustrative = includesIllustrative(fields.rows);
  const inputs: ScopedNote[] = [
    ...fields.notes.map((note) => (typeof note === 'string' ? { text: note, appliesTo: () => true } : note)),
    ...geographyNotes(fields.rows),
    ...totalWarningNotes(fields.rows),
    ...(illustrative ? [{ text: ILLUSTRATIVE_NOTE, appliesTo: (row: ChartRow) => row.status === 'illustrative' }] : []),
  ].filter((note) => note.text.trim() !== '');
  // The same text twice (e.g. a finding seen from two views) is one note that applies to both sets of rows.
  const texts = [...new Set(inputs.map((note) => note.text))];
  const decimals = decimalPolicy(fields.rows);
  const rows = fields.rows.map((row) => {
    const places = decimals.get(row.unit) ?? 0;
    return {
      ...row,
      decimals: places,
      change: row.change && changeAtDecimals(row.change, places),
      noteNumbers: texts.flatMap((text, index) => (inputs.some((note) => note.text === text && note.appliesTo(row)) ? [index + 1] : [])),
    };
  });
  return { ...fields, rows, notes: texts, sourceLine: sourceLineFor(fields.rows), includesIllustrative: illustrative };
}

/**
 * One decimal policy per chart and unit: 1 place if any value or change in that unit has a
 * fraction, else none, so every label, cell and file shows the unit's figures alike.
 */
function decimalPolicy(rows: readonly ChartRow[]): Map<string, number> {
  const byUnit = new Map<string, number[]>();
  for (const row of rows) {
    const numbers = byUnit.get(row.unit) ?? [];
    if (row.value !== undefined) numbers.push(row.value);
    if (row.change?.difference !== undefined) numbers.push(row.change.difference);
    byUnit.set(row.unit, numbers);
  }
  return new Map([...byUnit].map(([unit, numbers]) => [unit, decimalsFor(numbers)]));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
