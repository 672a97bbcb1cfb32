import CRC32 from 'crc-32';
import { describe, expect, it } from 'vitest';
import { readPngText, withPngText } from './png-text';

// The smallest valid PNG: one transparent pixel.
const ONE_PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

function chunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer);
  const types: string[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = view.getUint32(offset);
    types.push(String.fromCharCode(...png.subarray(offset + 4, offset + 8)));
    const crc = view.getInt32(offset + 8 + length);
    expect(crc, 'chunk CRC').toBe(CRC32.buf(png.subarray(offset + 4, offset + 8 + length)));
    offset += 12 + length;
  }
  return types;
}

describe('withPngText', () => {
  it('puts UTF-8 text chunks after the header, each with a valid CRC, and reads them back', () => {
    const notes = '1. Hertfordshire 2022-23: published sources disagree: 816 (LBC) or 987 (The Comet). 2. Ynys Môn – “quoted”.';
    const png = withPngText(ONE_PIXEL, { Title: 'RSOs per 100,000', Description: notes });
    expect(chunkTypes(png)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(readPngText(png)).toEqual({ Title: 'RSOs per 100,000', Description: notes });
    expect(png.length).toBeGreaterThan(ONE_PIXEL.length);
  });

  it('leaves the image itself byte for byte as it was', () => {
    const png = withPngText(ONE_PIXEL, { Title: 'x' });
    expect([...png.subarray(0, 33)]).toEqual([...ONE_PIXEL.subarray(0, 33)]);
    expect([...png.subarray(png.length - (ONE_PIXEL.length - 33))]).toEqual([...ONE_PIXEL.subarray(33)]);
  });

  it('refuses what is not a PNG, and keywords a PNG cannot hold', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), { Title: 'x' })).toThrow('This is not a PNG file.');
    expect(() => withPngText(ONE_PIXEL, { Tïtle: 'x' })).toThrow(/cannot be a PNG text keyword/);
  });
});
