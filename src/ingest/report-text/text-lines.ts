/** One line of the pasted text, 1-based, as typed and normalised for matching. */
export interface TextLine {
  lineNumber: number;
  /** The line exactly as it came (without its line ending): what we cite. */
  text: string;
  /** Non-breaking spaces made plain; zero-width and bidi marks removed; trailing spaces removed. Tabs kept. */
  norm: string;
  /** norm with every run of whitespace (tabs too) made one space, trimmed: for matching headings. */
  flat: string;
}

const ODD_SPACES = /[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g;
/** Zero-width characters and bidi controls (LRM, RLM, embeddings, isolates): invisible, but they break matching. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

function normaliseLineText(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').trimEnd();
}

function flattenWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits on LF, CRLF or a lone CR. */
export function splitLines(text: string): TextLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, index) => {
    const norm = normaliseLineText(raw);
    return { lineNumber: index + 1, text: raw, norm, flat: flattenWhitespace(norm) };
  });
}

export function isBlankLine(line: TextLine): boolean {
  return line.flat === '';
}
