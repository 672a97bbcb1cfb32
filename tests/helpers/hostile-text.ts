import fc from 'fast-check';

/**
 * An area name made to break exports: a formula trigger, NUL, a right-to-left override and other
 * C0 and C1 controls, DEL, bidirectional marks and isolates, lone surrogates and noncharacters.
 * Cleaned, it reads "=West Midlands x".
 */
export const HOSTILE_NAME =
  '=West\u0000 Mid\u202Elands\u0001\u0007\u000B\u000C\u001B\u007F\u0085\u009B\u061C\u200E\u200F\u2066\u2069 \uD800x\uDC00\uFFFE\uFFFF';
export const HOSTILE_NAME_CLEANED = '=West Midlands x';

/** The characters no export may hold, written out here apart from the code under test. */
const UNCLEAN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The unclean characters in a text, as "U+0000". */
export function uncleanCharacters(text: string): string[] {
  return [...text.matchAll(UNCLEAN)].map((match) => `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * The same in a file's XML, after undoing the ways a writer can hide them: character references
 * (&#0; &#x202E;) and, with `ooxmlEscapes` (XLSX; also for text that has no literal "_x" of its
 * own, to catch a writer that escapes controls so), the _xHHHH_ escape, read once and left to
 * right as Excel does: "_x005F_x0000_" is the text "_x0000_", not a NUL.
 */
export function uncleanCharactersInXml(xml: string, { ooxmlEscapes = false } = {}): string[] {
  const referenced = xml
    .replace(/&#x([0-9A-Fa-f]+);/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal: string) => String.fromCharCode(Number(decimal)));
  return uncleanCharacters(
    ooxmlEscapes ? referenced.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : referenced,
  );
}

/** One UTF-16 unit that no export may hold. */
export const hostileUnit: fc.Arbitrary<string> = fc
  .oneof(
    fc.integer({ min: 0x00, max: 0x1f }).filter((unit) => unit !== 0x09 && unit !== 0x0a && unit !== 0x0d),
    fc.integer({ min: 0x7f, max: 0x9f }),
    fc.constantFrom(0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfffe, 0xffff),
    fc.integer({ min: 0xd800, max: 0xdfff }),
  )
  .map((unit) => String.fromCharCode(unit));

/** Ordinary text a name or note can hold: accents, Welsh, quotes, a formula, an emoji, tabs and line breaks. */
export const ordinaryPiece: fc.Arbitrary<string> = fc.constantFrom('West', ' Midlands', 'Ynys Môn', '=SUM(A1)', '_x0000_', '😀', '\t', '\n', ', "q"', '-', ' ');

/** Ordinary text with hostile units anywhere (lone surrogates included, so it may not be well-formed UTF-16). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof(ordinaryPiece, hostileUnit), { minLength: 1, maxLength: 24 })
  .map((pieces) => pieces.join(''));
