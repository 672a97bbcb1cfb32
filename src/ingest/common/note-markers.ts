/**
 * GSS tables put notes and shorthand symbols in square brackets beside a name or number:
 * "Kent [note 2]", "1,234 [u]", "[x]". This splits a cell's text into the text without them,
 * the notes ("note 2") and the symbols ("u").
 */
export interface MarkedText {
  text: string;
  notes: string[];
  symbols: string[];
}

const NOTE_MARKER = /\[\s*(notes?\s*[^\]]*?)\s*\]/gi;
const SYMBOL_MARKER = /\[\s*([a-z])\s*\]/gi;

export function splitMarkers(raw: string): MarkedText {
  const notes: string[] = [];
  const symbols: string[] = [];
  const text = raw
    .replace(NOTE_MARKER, (_, note: string) => {
      notes.push(note.replace(/\s+/g, ' ').toLowerCase());
      return ' ';
    })
    .replace(SYMBOL_MARKER, (_, symbol: string) => {
      symbols.push(symbol.toLowerCase());
      return ' ';
    })
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return { text, notes, symbols };
}
