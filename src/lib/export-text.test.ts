import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAME, HOSTILE_NAME_CLEANED, hostileText, hostileUnit, ordinaryPiece, uncleanCharacters } from '../../tests/helpers/hostile-text';
import { cleanExportText } from './export-text';

describe('cleanExportText', () => {
  it('removes NUL, the right-to-left override, other C0 and C1 controls, bidi marks, lone surrogates and noncharacters', () => {
    expect(uncleanCharacters(HOSTILE_NAME).length).toBeGreaterThan(15);
    expect(cleanExportText(HOSTILE_NAME)).toBe(HOSTILE_NAME_CLEANED);
  });

  it('keeps everything else: tabs, line breaks, accents, other scripts and characters beyond the BMP', () => {
    const text = 'Ynys Môn\tGwynedd\r\nŁódź – “quoted” ‘x’ 😀 العربية 中文 [x] [z]';
    expect(cleanExportText(text)).toBe(text);
  });

  it('leaves no unclean character in any text, and is idempotent', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const cleaned = cleanExportText(text);
        expect(uncleanCharacters(cleaned)).toEqual([]);
        expect(cleanExportText(cleaned)).toBe(cleaned);
      }),
      { numRuns: 1000 },
    );
  });

  it('only removes: what is left is the ordinary text, in order', () => {
    const piece = fc.oneof(
      ordinaryPiece.map((text) => ({ text, kept: true })),
      hostileUnit.map((text) => ({ text, kept: false })),
    );
    fc.assert(
      // Two lone halves side by side make one whole character (kept), so they are kept apart here.
      fc.property(fc.array(piece, { maxLength: 30 }).filter(noSurrogatePairs), (pieces) => {
        const kept = pieces.filter((item) => item.kept).map((item) => item.text);
        expect(cleanExportText(pieces.map((item) => item.text).join(''))).toBe(kept.join(''));
      }),
      { numRuns: 1000 },
    );
  });
});

function noSurrogatePairs(pieces: readonly { text: string }[]): boolean {
  return pieces.every((item, index) => index === 0 || !(/[\uD800-\uDBFF]$/.test(pieces[index - 1]?.text ?? '') && /^[\uDC00-\uDFFF]/.test(item.text)));
}
