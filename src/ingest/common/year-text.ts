import { isMappaYear, yearFromStart, type MappaYear } from '../../domain/years';

/** "2021-22", "2021-2022", "2021/22", "2021 – 22" or "2021 to 2022", anywhere in the text. */
const YEAR_IN_TEXT = /\b(20\d{2}) ?(?:[-\u2013\u2014/]|to) ?(20)?(\d{2})\b/g;

/** The MAPPA year written in a piece of text like "2021-2022", or undefined. */
export function normaliseYear(text: string): MappaYear | undefined {
  const match = new RegExp(`^${YEAR_IN_TEXT.source}$`).exec(text.trim());
  return match ? yearFromParts(match) : undefined;
}

/** Every MAPPA year written in a line, in order (two-year spans that are not consecutive are skipped). */
export function yearsIn(text: string): { year: MappaYear; index: number; end: number }[] {
  const found: { year: MappaYear; index: number; end: number }[] = [];
  for (const match of text.matchAll(YEAR_IN_TEXT)) {
    const year = yearFromParts(match);
    if (year) found.push({ year, index: match.index, end: match.index + match[0].length });
  }
  return found;
}

function yearFromParts(match: RegExpMatchArray): MappaYear | undefined {
  const start = match[1];
  const end = match[3];
  if (start === undefined || end === undefined) return undefined;
  // "2021-2022" is written with the century; "2021-20" would be a different span.
  const century = match[2];
  const endFull = century ? Number(`${century}${end}`) : Number(`${start.slice(0, 2)}${end}`);
  if (endFull !== Number(start) + 1) return undefined;
  const year = yearFromStart(Number(start));
  return isMappaYear(year) ? year : undefined;
}

/** The year whose snapshot date is 31 March of this calendar year: 2022 → 2021-22. */
export function yearEndingIn(calendarYear: number): MappaYear | undefined {
  const year = yearFromStart(calendarYear - 1);
  return isMappaYear(year) ? year : undefined;
}
