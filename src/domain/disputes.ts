import type { Cell, DisputedClaim } from './cell';
import { describeProvenance, type Provenance } from './provenance';

export type DisputeRule = 'official-report' | 'latest-publication' | 'first-recorded';

export interface DisputeResolution {
  /** The figure used for bars, ranks, rates and sums. */
  chosen: DisputedClaim;
  /** Every other published figure, in the order they were recorded. */
  others: DisputedClaim[];
  rule: DisputeRule;
  /** Why this one, in a sentence a reader can check. */
  reason: string;
}

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

/** The publication date a source states (press titles such as "LBC 2024-01-30"), if any. */
export function publicationDate(source: Provenance): string | undefined {
  if (source.kind !== 'published-press') return undefined;
  return ISO_DATE.exec(source.title)?.[1];
}

export function isOfficialReport(source: Provenance): boolean {
  return source.kind === 'published-report';
}

/**
 * Choose one of several published figures by the documented rule. Never changes or averages a
 * figure: the chosen one is one that was published.
 */
export function resolveDispute(claims: readonly DisputedClaim[]): DisputeResolution {
  const [first] = claims;
  if (!first) throw new Error('A dispute needs at least one claim');
  const officials = claims.filter((claim) => isOfficialReport(claim.source));
  const candidates = officials.length > 0 ? officials : claims;
  const pick = (chosen: DisputedClaim, rule: DisputeRule, reason: string): DisputeResolution => ({
    chosen,
    others: claims.filter((claim) => claim !== chosen),
    rule,
    reason,
  });

  if (officials.length === 1 && officials[0]) return pick(officials[0], 'official-report', 'it is from the area’s own MAPPA annual report');
  const dates = candidates.map((claim) => publicationDate(claim.source));
  if (candidates.length > 1 && dates.every((date) => date !== undefined)) {
    const latest = candidates.reduce((best, claim, index) => ((dates[index] ?? '') > (publicationDate(best.source) ?? '') ? claim : best));
    return pick(latest, 'latest-publication', `it is the most recently published (${publicationDate(latest.source) ?? ''})`);
  }
  const chosen = candidates[0] ?? first;
  return pick(
    chosen,
    'first-recorded',
    officials.length > 1
      ? 'the annual reports disagree and do not give dates, so the first recorded is used as a tie-break'
      : 'no source has a stronger claim, so the first recorded is used as a tie-break',
  );
}

/** The number a cell stands for: its value, or the chosen figure of a dispute. */
export function resolvedValue(cell: Cell): number | undefined {
  if (cell.kind === 'value') return cell.value;
  if (cell.kind === 'disputed') return resolveDispute(cell.claims).chosen.value;
  return undefined;
}

/** A source's short name for notes and CSVs: its title, without the address. */
export function claimSourceName(source: Provenance): string {
  switch (source.kind) {
    case 'published-report':
    case 'published-press':
      return source.title;
    case 'illustrative':
      return 'illustrative';
    case 'imported':
      return `imported from ${source.fileName}`;
    case 'sum-of-areas':
      return 'sum of areas, calculated here';
  }
}

/** Every source of one claim, by short name: "LBC 2024-01-30; The Comet 2023-11-02". */
export function claimSourceNames(claim: DisputedClaim): string {
  return [claim.source, ...(claim.alsoQuotedBy ?? [])].map(claimSourceName).join('; ');
}

/** "816 (LBC 2024-01-30) or 987 (The Comet: …)": every claim with all its sources, chosen first. */
export function describeClaims(resolution: DisputeResolution, formatValue: (value: number) => string): string {
  return [resolution.chosen, ...resolution.others]
    .map((claim) => `${formatValue(claim.value)} (${[claim.source, ...(claim.alsoQuotedBy ?? [])].map(describeProvenance).join('; ')})`)
    .join('; ');
}
