import { cleanExportText } from './export-text';

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return cleanExportText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Approximate advance widths of Arial/Helvetica glyphs, in em. Good enough to wrap lines without
 * measuring the DOM; it errs on the wide side so a wrapped line does not overflow.
 */
function glyphWidthEm(character: string): number {
  if (" ,.:;!|'ijlI".includes(character)) return 0.28;
  if ('frt()[]{}-/\\"`'.includes(character)) return 0.34;
  if ('mwMW@%'.includes(character)) return 0.86;
  if (/[A-Z]/.test(character)) return 0.68;
  if (/[a-z0-9]/.test(character)) return 0.56;
  // CJK and other full-width scripts.
  if ((character.codePointAt(0) ?? 0) >= 0x2e80) return 1;
  return 0.6;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const character of text) em += glyphWidthEm(character);
  return em * fontSize * (bold ? 1.1 : 1.02);
}

/**
 * Greedy word wrap by estimated width. Newlines in the text start a new line; a word wider than
 * the line is broken between characters. Never returns an empty array for non-blank text.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  const fits = (candidate: string) => estimateTextWidth(candidate, fontSize, bold) <= maxWidth;
  for (const paragraph of cleanExportText(text).split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const piece of breakWord(word, fits)) {
        if (line) lines.push(line);
        line = piece;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

function breakWord(word: string, fits: (text: string) => boolean): string[] {
  if (fits(word)) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && !fits(piece + character)) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * A wrapped line as drawn in its own tspan: all but the last keep the space they were broken at,
 * so the element's text (what a screen reader, a search or a copy reads) is the whole label.
 */
export function spacedLine(lines: readonly string[], index: number): string {
  const line = lines[index] ?? '';
  return index < lines.length - 1 ? `${line} ` : line;
}
