import CRC32 from 'crc-32';
import { cleanExportText } from '../../lib/export-text';

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const IHDR_END = 8 + 4 + 4 + 13 + 4;

/**
 * Adds international text chunks (iTXt, UTF-8) to a PNG right after its header: the title,
 * source and numbered notes travel inside the file, for catalogues, screen readers of image
 * libraries, and anyone checking what an image claims.
 */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array<ArrayBuffer> {
  if (!PNG_SIGNATURE.every((byte, index) => png[index] === byte)) throw new Error('This is not a PNG file.');
  const chunks = Object.entries(entries).map(([keyword, text]) => itxtChunk(keyword, cleanExportText(text)));
  const size = chunks.reduce((total, chunk) => total + chunk.length, png.length);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, IHDR_END), 0);
  let offset = IHDR_END;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  out.set(png.subarray(IHDR_END), offset);
  return out;
}

/** The text chunks of a PNG, by keyword (for tests and for checking a downloaded file). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const found: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let offset = 8; offset + 12 <= png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'iTXt') {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const keywordEnd = data.indexOf(0);
      // keyword \0, compression flag, method, language \0, translated keyword \0, text
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      found[latin1(data.subarray(0, keywordEnd))] = new TextDecoder().decode(data.subarray(translatedEnd + 1));
    }
    offset += 12 + length;
  }
  return found;
}

function itxtChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`"${keyword}" cannot be a PNG text keyword.`);
  const body = new Uint8Array([...latin1Bytes(keyword), 0, 0, 0, 0, 0, ...new TextEncoder().encode(text)]);
  const typed = new Uint8Array([...latin1Bytes('iTXt'), ...body]);
  const chunk = new Uint8Array(12 + body.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length);
  chunk.set(typed, 4);
  view.setInt32(8 + body.length, CRC32.buf(typed));
  return chunk;
}

function latin1Bytes(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
