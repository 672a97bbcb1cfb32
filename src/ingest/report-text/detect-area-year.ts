import type { Area } from '../../domain/area';
import type { MappaYear } from '../../domain/years';
import type { TextLine } from './text-lines';
import { yearEndingIn, yearsIn } from '../common/year-text';

export interface Detected<T> {
  value: T;
  line: TextLine;
}

/** Long lines are prose; a title or date never needs more than this. */
const MAX_CHARS_LOOKED_AT = 1000;

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

/**
 * The area a report is about: the first line (of the title and introduction) that names an
 * area, and in it the first name (the longest, where two start at the same place). England
 * and Wales counts only when no area is named, and only from a title-like line (short, no stops):
 * every local report mentions it in passing, and a report for an area we do not know (a new
 * region, a misspelt name) must be asked about, never taken for the national figures.
 */
export function detectArea(lines: readonly TextLine[], areas: readonly Area[]): Detected<string> | undefined {
  const local = areas.filter((area) => area.kind === 'area');
  const national = areas.filter((area) => area.kind !== 'area');
  return firstLineNaming(lines, local) ?? firstLineNaming(lines.filter(titleLike), national);
}

function firstLineNaming(lines: readonly TextLine[], areas: readonly Area[]): Detected<string> | undefined {
  const names = areas
    .map((area) => ({ id: area.id, key: matchKey(area.name).trim() }))
    .filter((name) => name.key !== '')
    .sort((a, b) => b.key.length - a.key.length);
  if (names.length === 0) return undefined;
  for (const line of lines) {
    const key = ` ${matchKey(line.flat)} `;
    let best: { id: string; at: number } | undefined;
    for (const name of names) {
      const at = key.indexOf(` ${name.key} `);
      // Names are sorted longest first, so at the same place the longer name wins.
      if (at >= 0 && (!best || at < best.at)) best = { id: name.id, at };
    }
    if (best) return { value: best.id, line };
  }
  return undefined;
}

const REPORT_THEN_YEAR = /annual report\b.{0,40}?\b20\d{2}/i;
const YEAR_THEN_REPORT = /\b20\d{2}.{0,40}?\bannual report\b/i;
const SNAPSHOT_DATE = /\boffenders (?:on|as at) (?:the )?31(?:st)? March (20\d{2})\b/i;
const PERIOD = /\b1(?:st)? April (20\d{2}) to 31(?:st)? March (20\d{2})\b/i;
const SHORT_LINE = 80;

/**
 * The year of a report: from "Annual Report 2021-22" (in any spelling of the year) in the
 * title or introduction; else from the snapshot date "offenders on 31 March 2022"; else from
 * "1 April 2021 to 31 March 2022"; else from a short line that is just a year, like a title.
 */
export function detectYear(introduction: readonly TextLine[], allLines: readonly TextLine[]): Detected<MappaYear> | undefined {
  return (
    firstYear(introduction, titleYear) ??
    firstYear(allLines, snapshotYear) ??
    firstYear(allLines, periodYear) ??
    firstYear(introduction, (text) => (text.length <= SHORT_LINE ? yearsIn(text)[0]?.year : undefined))
  );
}

function firstYear(lines: readonly TextLine[], read: (text: string) => MappaYear | undefined): Detected<MappaYear> | undefined {
  for (const line of lines) {
    const year = read(line.flat.slice(0, MAX_CHARS_LOOKED_AT));
    if (year) return { value: year, line };
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
