import { isMappaYear, type MappaYear } from '../../domain/years';
import { questionId, type IngestQuestion } from '../common/question';
import { yearEndingIn, yearsIn } from '../common/year-text';
import type { TableLocation } from './find-table';
import type { SheetGrid } from './workbook-model';

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

/** The year from the table's title and notes, the sheet's title, its name, then the file's name. */
export function sheetYear(table: Pick<TableLocation, 'titleLines'>, sheet: Pick<SheetGrid, 'name' | 'title'>, fileName: string): SheetYear {
  return detectSheetYear([
    { from: 'the table’s title and notes', text: table.titleLines.join(' ') },
    { from: 'the sheet’s title', text: sheet.title ?? '' },
    { from: 'the sheet’s name', text: sheet.name },
    { from: 'the file’s name', text: fileName },
  ]);
}

/** The years to offer: the app's, with any the file names, newest first. */
function yearOptions(years: readonly string[], found: SheetYear): MappaYear[] {
  const named = found.kind === 'found' ? [found.year] : found.candidates;
  return [...new Set([...years.filter(isMappaYear), ...named])].sort().reverse();
}

/** Which year a table's figures are for: the one its title (or sheet, or file name) names, else asked; never assumed. */
export function tableYearQuestion(file: string, sheetName: string, found: SheetYear, years: readonly string[]): IngestQuestion {
  const why =
    found.kind === 'found'
      ? `Read from ${found.from}: “${found.text.length > 120 ? `${found.text.slice(0, 119)}…` : found.text}”. Change it if that is wrong.`
      : found.candidates.length > 1
        ? `The title names more than one year (${found.candidates.join(', ')}): choose the one the figures are for.`
        : 'We could not find the year in the title, the sheet or the file name: choose it.';
  return {
    id: questionId('table-year', file, sheetName),
    kind: 'table-year',
    what: 'Which year are the figures for?',
    why,
    where: { file, sheet: sheetName },
    choices: yearOptions(years, found).map((year) => ({ value: year, label: year })),
    ...(found.kind === 'found' ? { suggested: found.year } : {}),
    settled: found.kind === 'found',
  };
}
