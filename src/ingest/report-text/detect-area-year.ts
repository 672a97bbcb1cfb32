import type { Area } from '../../domain/area';
import type { MappaYear } from '../../domain/years';
import type { TextLine } from './text-lines';
import { yearEndingIn, yearsIn } from '../common/year-text';

export interface Detected<T> {
  value: T;
  line: TextLine;
  /** The rule the reader is shown: "the title", "a heading". */
  rule: 'the title' | 'a heading';
}

/** Long lines are prose; a title or date never needs more than this. */
const MAX_CHARS_LOOKED_AT = 1000;
/** A title or heading is a short line of a few words that does not end a sentence. */
const MAX_TITLE_CHARS = 100;
const MAX_TITLE_WORDS = 12;

/**
 * A line that reads as a title or heading, not a sentence: short, a few words, and not ending
 * like a sentence ("There have been … changes in England and Wales." is prose, never a title).
 */
export function isTitleLike(line: TextLine): boolean {
  const text = line.flat;
  if (text === '' || text.length > MAX_TITLE_CHARS) return false;
  if (/[.!?;,]$/.test(text) || /[.!?]\s+[A-Z]/.test(text)) return false;
  // A dash between the title's parts ("Annual Report 2024 to 2025 — West Midlands region") is not a word.
  return text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length <= MAX_TITLE_WORDS;
}

/** A heading that says whose report it is: it names MAPPA or an annual report. */
const REPORT_HEADING = /\bMAPPA\b|\bannual report\b|multi[- ]agency public protection/i;
/** Words of a sentence, not a heading ("All MAPPA reports … are published online at …"), and web addresses. */
const SENTENCE_WORDS = /\b(?:is|are|was|were|has|have|had|will|be|been|can|may|must|should|would|we|our)\b|www\.|https?:/i;
const MAX_HEADING_WORDS = 8;

function isReportHeading(line: TextLine): boolean {
  return REPORT_HEADING.test(line.flat) && !SENTENCE_WORDS.test(line.flat) && line.flat.split(' ').length <= MAX_HEADING_WORDS;
}

/**
 * The title: the title-like lines at the top of the text, down to its first sentence. Later
 * headings count only when they say whose report it is ("Kent and Medway MAPPA statistics").
 */
function titleAndHeadings(lines: readonly TextLine[]): { line: TextLine; rule: Detected<string>['rule'] }[] {
  const found: { line: TextLine; rule: Detected<string>['rule'] }[] = [];
  let inTitle = true;
  for (const line of lines) {
    if (line.flat === '') continue;
    const titleLike = isTitleLike(line);
    if (!titleLike) inTitle = false;
    if (titleLike && inTitle) found.push({ line, rule: 'the title' });
    else if (titleLike && isReportHeading(line)) found.push({ line, rule: 'a heading' });
  }
  return found;
}

function matchKey(text: string): string {
  return text
    .slice(0, MAX_CHARS_LOOKED_AT)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ');
}

/** Longer lines, and lines with a sentence's stops, are prose: England and Wales is taken only from a title-like line. */
const TITLE_LINE = 80;
const SENTENCE_STOP = /[.,:;!?](\s|$)/;

function titleLike(line: TextLine): boolean {
  const text = line.flat.trim();
  return text.length <= TITLE_LINE && !SENTENCE_STOP.test(text);
}

/** A title or heading that says the report is a probation region's: "MAPPA Regional Annual Report …", "Probation Service … region". */
const REGIONAL_LINE = /\bregion(?:al)?\b/i;
/** A region's name counts only as a whole name: after one of these words (or the line's start) and before "region" (or the line's end). */
const BEFORE_REGION_NAME = new Set(['mappa', 'service', 'probation', 'report', 'for', 'the', 'of', 'in']);

/** What a report's title says about whose it is: an area's, a probation region's, or (for a regional title naming no region we know) nobody's we know. */
export interface DetectedPlace {
  level: 'area' | 'region';
  place: Detected<string> | undefined;
  /** A regional report's title or heading that names no probation region we know: the reader is asked, never given a guess. */
  unknownRegion?: TextLine;
}

/**
 * The area or probation region a report is about, from a rule the reader can see: its title, or
 * a heading that says whose report it is; never from a sentence (a report's prose mentions other
 * areas, and "England and Wales", in passing). A title or heading that says "region" or
 * "regional" makes it a regional report: then only a probation region's whole name counts
 * ("West Midlands region", never the West Midlands area, nor "West Midlands" inside "West
 * Midlands and Marches"), and a region we do not know is asked about. Otherwise a local area's
 * name wins over England and Wales, which counts only from a title-like line (short, no stops).
 * Undefined when no title or heading names one: then the reader is asked (a report for an area
 * we do not know is never taken for the national figures).
 */
export function detectPlace(lines: readonly TextLine[], areas: readonly Area[]): DetectedPlace {
  const candidates = titleAndHeadings(lines);
  const regional = candidates.filter(({ line }) => REGIONAL_LINE.test(line.flat));
  if (regional.length > 0) {
    const regions = areas.filter((area) => area.kind === 'region');
    const place = firstRegionNamed([...regional, ...candidates.filter((candidate) => !regional.includes(candidate))], regions);
    return place ? { level: 'region', place } : { level: 'region', place: undefined, unknownRegion: regional[0]!.line };
  }
  return { level: 'area', place: detectArea(lines, areas) };
}

/** The area (or England and Wales) an area report is about: see detectPlace. */
export function detectArea(lines: readonly TextLine[], areas: readonly Area[]): Detected<string> | undefined {
  const candidates = titleAndHeadings(lines);
  const local = areas.filter((area) => area.kind === 'area');
  const national = areas.filter((area) => area.kind === 'national');
  return (
    firstLineNaming(candidates, local) ??
    firstLineNaming(
      candidates.filter(({ line }) => titleLike(line)),
      national,
    )
  );
}

/** "West Midlands region" → "west midlands": a region's name as its reports' titles write it. */
function regionNameKey(region: Area): string {
  return matchKey(region.name.replace(/\s+region$/i, '')).trim();
}

function firstRegionNamed(lines: readonly { line: TextLine; rule: Detected<string>['rule'] }[], regions: readonly Area[]): Detected<string> | undefined {
  const names = regions.map((region) => ({ id: region.id, key: regionNameKey(region) })).filter((name) => name.key !== '');
  for (const { line, rule } of lines) {
    const words = matchKey(line.flat).trim().split(' ');
    for (const name of names) {
      const nameWords = name.key.split(' ');
      for (let at = 0; at + nameWords.length <= words.length; at++) {
        if (nameWords.some((word, offset) => words[at + offset] !== word)) continue;
        const before = words[at - 1];
        const after = words[at + nameWords.length];
        const wholeName = (before === undefined || BEFORE_REGION_NAME.has(before) || /^\d+$/.test(before)) && (after === undefined || after === 'region');
        if (wholeName) return { value: name.id, line, rule };
      }
    }
  }
  return undefined;
}

function firstLineNaming(lines: readonly { line: TextLine; rule: Detected<string>['rule'] }[], areas: readonly Area[]): Detected<string> | undefined {
  const names = areas
    .map((area) => ({ id: area.id, key: matchKey(area.name).trim() }))
    .filter((name) => name.key !== '')
    .sort((a, b) => b.key.length - a.key.length);
  if (names.length === 0) return undefined;
  for (const { line, rule } of lines) {
    const key = ` ${matchKey(line.flat)} `;
    let best: { id: string; at: number } | undefined;
    for (const name of names) {
      const at = key.indexOf(` ${name.key} `);
      // Names are sorted longest first, so at the same place the longer name wins.
      if (at >= 0 && (!best || at < best.at)) best = { id: name.id, at };
    }
    if (best) return { value: best.id, line, rule };
  }
  return undefined;
}

const REPORT_THEN_YEAR = /annual report\b.{0,40}?\b20\d{2}/i;
const YEAR_THEN_REPORT = /\b20\d{2}.{0,40}?\bannual report\b/i;
const SNAPSHOT_DATE = /\boffenders (?:on|as at) (?:the )?31(?:st)? March (20\d{2})\b/i;
const PERIOD = /\b1(?:st)? April (20\d{2}) to 31(?:st)? March (20\d{2})\b/i;

/**
 * The year of a report, from a title or heading only (never a sentence): "Annual Report
 * 2021-22" (in any spelling of the year) in the title; else the snapshot table's heading
 * "offenders on 31 March 2022"; else a heading "1 April 2021 to 31 March 2022"; else a title
 * line that is just a year.
 */
export function detectYear(introduction: readonly TextLine[], allLines: readonly TextLine[]): Detected<MappaYear> | undefined {
  const title = titleAndHeadings(introduction);
  const headings = allLines.filter(isTitleLike).map((line) => ({ line, rule: 'a heading' as const }));
  return (
    firstYear(title, titleYear) ??
    firstYear(headings, snapshotYear) ??
    firstYear(headings, periodYear) ??
    firstYear(
      title.filter(({ rule }) => rule === 'the title'),
      (text) => yearsIn(text)[0]?.year,
    )
  );
}

function firstYear(
  lines: readonly { line: TextLine; rule: Detected<string>['rule'] }[],
  read: (text: string) => MappaYear | undefined,
): Detected<MappaYear> | undefined {
  for (const { line, rule } of lines) {
    const year = read(line.flat.slice(0, MAX_CHARS_LOOKED_AT));
    if (year) return { value: year, line, rule };
  }
  return undefined;
}

function titleYear(text: string): MappaYear | undefined {
  const match = REPORT_THEN_YEAR.exec(text) ?? YEAR_THEN_REPORT.exec(text);
  if (!match) return undefined;
  const nearby = text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12);
  const years = yearsIn(nearby);
  return years[0]?.year;
}

export function snapshotYear(text: string): MappaYear | undefined {
  const match = SNAPSHOT_DATE.exec(text);
  return match?.[1] ? yearEndingIn(Number(match[1])) : undefined;
}

function periodYear(text: string): MappaYear | undefined {
  const match = PERIOD.exec(text);
  if (!match?.[1] || !match[2] || Number(match[2]) !== Number(match[1]) + 1) return undefined;
  return yearEndingIn(Number(match[2]));
}
