/**
 * The longest report text read, in characters. A MAPPA annual report's whole text is well under
 * 200,000 characters (the seed's is about 15,000); a text far longer is not one report, and reading
 * it would hold the page for a long time, so it is refused at once, before anything is read.
 */
export const MAX_REPORT_TEXT_CHARS = 1_000_000;

const count = new Intl.NumberFormat('en-GB');

/** "10.2 MB", "950 KB": a size a reader recognises (UTF-16 characters counted as bytes, which is near enough to say). */
function roughSize(characters: number): string {
  return characters >= 1_000_000 ? `${(characters / 1_000_000).toFixed(1)} MB` : `${Math.ceil(characters / 1000)} KB`;
}

/**
 * Why a report's text is too long to read, naming its size and the limit; undefined when it is
 * not. `what` names it: "The pasted text", "The text of “kent.txt”".
 */
export function reportTextTooLong(text: string, what: string): string | undefined {
  return textLengthTooLong(text.length, what);
}

/** The same, from the text's length alone: a paste is measured before the browser takes it in. */
export function textLengthTooLong(characters: number, what: string): string | undefined {
  if (characters <= MAX_REPORT_TEXT_CHARS) return undefined;
  return `${what} is ${count.format(characters)} characters long (about ${roughSize(characters)}): more than the ${count.format(MAX_REPORT_TEXT_CHARS)} characters (about ${roughSize(MAX_REPORT_TEXT_CHARS)}) we read, and far more than one MAPPA report’s text. It was not read. Paste or choose only the report (at least its “MAPPA Statistics” tables).`;
}
