import { cleanExportText } from '../../lib/export-text';

export type ExportExtension = 'png' | 'svg' | 'csv' | 'zip' | 'ods' | 'xlsx' | 'json';

const PREFIX = 'mappa';
const FALLBACK_NAME = 'export';
/** Length of the name before ".ext": well inside every file system's 255-byte limit. */
export const MAX_FILE_NAME_STEM = 120;

/** Letters that Unicode normalisation does not take apart into a base letter and an accent. */
const LETTER_SPELLINGS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  '&': 'and',
};

/**
 * "mappa-rsos-per-100k-2021-22-west-midlands-vs-metropolitan.png": lower-case ASCII letters,
 * digits and single hyphens only, so the name is safe on Windows, macOS and Linux and in URLs.
 */
export function exportFileName(parts: readonly string[], extension: ExportExtension): string {
  // Cleaned first, so an invisible control inside a word does not split it ("Mid\u202Elands" is "midlands").
  const slug = parts
    .map((part) => slugify(cleanExportText(part)))
    .filter(Boolean)
    .join('-');
  const withPrefix = slug === PREFIX || slug.startsWith(`${PREFIX}-`) ? slug : `${PREFIX}-${slug || FALLBACK_NAME}`;
  return `${truncateAtHyphen(withPrefix, MAX_FILE_NAME_STEM)}.${extension}`;
}

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      // Accents left over from normalisation: "Môn" becomes "mon".
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[ßæœøđðþłı&]/g, (letter) => LETTER_SPELLINGS[letter] ?? '')
      // Apostrophes and quotes join words ("O'Brien's" becomes "obriens") rather than split them.
      .replace(/['"`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00b4]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

function truncateAtHyphen(name: string, maxLength: number): string {
  if (name.length <= maxLength) return name;
  const cut = name.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut at a word boundary unless that would throw away most of the name.
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
