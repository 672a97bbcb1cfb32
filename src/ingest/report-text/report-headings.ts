import type { TextLine } from './text-lines';

/** The places in the template a parser looks for. Grid tables and single figures both. */
export type HeadingKind =
  'snapshot' | 'level23Yearly' | 'revocations' | 'orders' | 'sroBreach' | 'returnedToCustody' | 'breachOfLicence' | 'breachOfOrder' | 'rsoPer100k';

const HEADING_PATTERNS: Record<HeadingKind, readonly RegExp[]> = {
  snapshot: [/MAPPA[ -]?eligible offenders (?:on|as at) (?:the )?31(?:st)? March/i],
  level23Yearly: [/MAPPA[ -]?eligible offenders in levels? 2 (?:and|&) 3\b/i, /^\(?yearly total\)?$/i],
  revocations: [/notification (?:requirements? )?(?:was |were |have been )?revoked|revoked on application/i],
  orders: [/^restrictive orders\b/i, /SHPOs?,? ?SHPOs? with\b/i],
  sroBreach: [/became subject to (?:the )?notification requirements?/i],
  returnedToCustody: [/returned to custody/i],
  breachOfLicence: [/^breach(?:es)? of licen[cs]e\b/i],
  breachOfOrder: [/^breach(?:es)? of (?:an? )?(?:SOPO|SHPO)s?\b/i],
  rsoPer100k: [/(?:registered sex(?:ual)? offenders|RSOs) per 100[, ]?000\b/i],
};

/** A heading is a short line; longer lines are prose that may mention the same words. */
const MAX_HEADING_CHARS = 300;

export interface Heading {
  kind: HeadingKind;
  /** Index (0-based) of the line where the heading starts. */
  index: number;
  /** Index of the line where it ends: index + 1 when the heading wraps onto a second line. */
  endIndex: number;
  /** The heading's line(s), flattened, and where its match ends in that text. */
  text: string;
  matchEnd: number;
}

/**
 * Every heading in the text, in line order. A heading split over two lines (as PDF copies
 * often are) is found on the first of them.
 */
export function findHeadings(lines: readonly TextLine[]): Heading[] {
  const headings: Heading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.flat === '' || line.flat.length > MAX_HEADING_CHARS) continue;
    const own = matchHeading(line.flat);
    if (own) {
      headings.push({ ...own, index, endIndex: index, text: line.flat });
      continue;
    }
    const next = lines[index + 1];
    if (!next || next.flat === '' || next.flat.length > MAX_HEADING_CHARS || matchHeading(next.flat)) continue;
    const joined = joinWrapped(line.flat, next.flat);
    const wrapped = matchHeading(joined);
    if (wrapped && wrapped.matchEnd > line.flat.length) {
      headings.push({ ...wrapped, index, endIndex: index + 1, text: joined });
    }
  }
  return headings;
}

/** Every heading pattern needs one of these words: one quick test rules out most lines. */
const HEADING_WORDS = /eligible|revoked|restrictive|SHPO|notification|custody|breach|100|yearly/i;

function matchHeading(text: string): { kind: HeadingKind; matchEnd: number } | undefined {
  if (!HEADING_WORDS.test(text)) return undefined;
  for (const [kind, patterns] of Object.entries(HEADING_PATTERNS) as [HeadingKind, readonly RegExp[]][]) {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match) return { kind, matchEnd: match.index + match[0].length };
    }
  }
  return undefined;
}

/** "MAPPA-" + "eligible" → "MAPPA-eligible"; other wrapped lines join with a space. */
function joinWrapped(first: string, second: string): string {
  return /[A-Za-z]-$/.test(first) ? `${first}${second}` : `${first} ${second}`;
}

/** The index of the first heading (of any kind) after line `index`, or the end of the text. */
export function nextHeadingIndex(headings: readonly Heading[], index: number, lineCount: number): number {
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headings[middle]!.index > index) high = middle;
    else low = middle + 1;
  }
  return headings[low]?.index ?? lineCount;
}
