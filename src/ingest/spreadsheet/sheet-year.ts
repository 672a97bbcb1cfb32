import type { MappaYear } from '../../domain/years';
import { yearEndingIn, yearsIn } from '../common/year-text';

export interface YearSource {
  /** Where the text is from, for the review: "table title", "sheet name". */
  from: string;
  text: string;
}

export type SheetYear = { kind: 'found'; year: MappaYear; from: string; text: string } | { kind: 'unknown'; candidates: MappaYear[] };

/** "year ending 31 March 2023", "year ended March 2023". */
const YEAR_ENDING = /\byear end(?:ing|ed)\s+(?:31(?:st)?\s+)?march\s+(20\d{2})\b/gi;
/** "as at 31 March 2023", "1 April 2022 to 31 March 2023": the year that ends on that day. */
const THIRTY_FIRST_MARCH = /\b31(?:st)?\s+march\s+(20\d{2})\b/gi;
const APRIL_TO_MARCH = /\bapril\s+(20\d{2})\s+to\s+march\s+(20\d{2})\b/gi;

/** Every MAPPA year a piece of text names, in any of the ways tables write them. */
export function yearsNamedIn(text: string): MappaYear[] {
  const years = new Set<MappaYear>(yearsIn(text).map((found) => found.year));
  for (const pattern of [YEAR_ENDING, THIRTY_FIRST_MARCH]) {
    for (const match of text.matchAll(pattern)) {
      const year = yearEndingIn(Number(match[1]));
      if (year) years.add(year);
    }
  }
  for (const match of text.matchAll(APRIL_TO_MARCH)) {
    const year = Number(match[2]) === Number(match[1]) + 1 ? yearEndingIn(Number(match[2])) : undefined;
    if (year) years.add(year);
  }
  return [...years];
}

/**
 * The year of a table from its title, notes, sheet name…, in the order given: the first text
 * naming a year decides. If it names several, or none does, the year is unknown and the UI asks.
 */
export function detectSheetYear(sources: readonly YearSource[]): SheetYear {
  for (const source of sources) {
    const years = yearsNamedIn(source.text);
    const [only] = years;
    if (only && years.length === 1) return { kind: 'found', year: only, from: source.from, text: source.text };
    if (years.length > 1) return { kind: 'unknown', candidates: years };
  }
  return { kind: 'unknown', candidates: [] };
}
