/**
 * What no exported file may carry: control characters (C0 except tab, line feed and carriage
 * return; DEL; C1), the invisible bidirectional controls that reorder what a reader sees (an
 * override can make a name read backwards: "Trojan Source"), lone surrogates (half a character,
 * not text) and U+FFFE/U+FFFF (not characters). XML 1.0 forbids most of them, so one in a name
 * makes an SVG unreadable and turns into "_x0000_" in a spreadsheet.
 */
const UNSAFE_IN_EXPORTS = /[^\P{Cc}\t\n\r]|\p{Bidi_Control}|\p{Cs}|[\uFFFE\uFFFF]/gu;

/**
 * Text as every export writes it (CSV, SVG and the PNG drawn from it, PNG text, ODS, XLSX and
 * their document properties, the board pack's README and its file names): the one place that
 * decides which characters leave the app. Everything else is kept as it is.
 */
export function cleanExportText(text: string): string {
  return text.replace(UNSAFE_IN_EXPORTS, '');
}
