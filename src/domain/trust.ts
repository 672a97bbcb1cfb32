import type { ValueStatus } from './value-status';

/**
 * How far a figure can be quoted, strongest first. "published" covers an area's own annual
 * report and figures published elsewhere (press, board pages): both are real, and where they
 * disagree the figure is "disputed". A figure derived from others (a change, rank, share, rate,
 * sum or sentence) is only as trustworthy as its weakest input.
 */
export const TRUST_LEVELS = ['published', 'imported', 'disputed', 'illustrative'] as const;
export type Trust = (typeof TRUST_LEVELS)[number];

/** The trust of a figure with a number; undefined for statuses that have none (gaps, errors). */
export function trustOfStatus(status: ValueStatus): Trust | undefined {
  switch (status) {
    case 'published':
    case 'calculated here':
      return 'published';
    case 'imported':
      return 'imported';
    case 'sources disagree':
      return 'disputed';
    case 'illustrative':
      return 'illustrative';
    default:
      return undefined;
  }
}

/** The weakest of the inputs' trust; undefined when there are no inputs. */
export function weakestTrust(trusts: Iterable<Trust | undefined>): Trust | undefined {
  let weakest: Trust | undefined;
  for (const trust of trusts) {
    if (trust === undefined) continue;
    if (weakest === undefined || TRUST_LEVELS.indexOf(trust) > TRUST_LEVELS.indexOf(weakest)) weakest = trust;
  }
  return weakest;
}

/** The status a figure calculated here takes from its inputs. */
export function statusOfDerived(trust: Trust): ValueStatus {
  switch (trust) {
    case 'published':
      return 'calculated here';
    case 'imported':
      return 'imported';
    case 'disputed':
      return 'sources disagree';
    case 'illustrative':
      return 'illustrative';
  }
}

/**
 * The words that follow a derived figure in a sentence, table cell or CSV, so that a reader who
 * quotes it quotes its caveat too. Empty for a figure built only from published inputs.
 */
export function trustQualifier(trust: Trust | undefined): string {
  switch (trust) {
    case 'illustrative':
      return 'illustrative: built from synthetic figures';
    case 'disputed':
      return 'uses a figure on which published sources disagree';
    case 'imported':
      return 'uses figures imported in this browser';
    default:
      return '';
  }
}

/** The tag beside a single figure: "illustrative", "imported", "disputed", or none for a published one. */
export function statusMark(status: ValueStatus): string {
  switch (status) {
    case 'illustrative':
      return ' (illustrative)';
    case 'imported':
      return ' (imported)';
    case 'sources disagree':
      return ' (disputed)';
    default:
      return '';
  }
}

/** The mark a value label carries, as on bars: "*" illustrative, " (imported)", " (disputed)". */
export function valueMark(status: ValueStatus, disputed = status === 'sources disagree'): string {
  const marker = status === 'illustrative' ? '*' : status === 'imported' ? ' (imported)' : '';
  return `${marker}${disputed ? ' (disputed)' : ''}`;
}
