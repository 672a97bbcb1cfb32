import { describe, expect, it } from 'vitest';
import { checkImportFile, looksBinary, MAX_IMPORT_BYTES } from './source-file';

const text = (s: string) => new TextEncoder().encode(s);

describe('checkImportFile', () => {
  it('recognises a PDF by its signature, whatever its name', () => {
    expect(checkImportFile('report.bin', '', 1000, text('%PDF-1.7\n'))).toEqual({ ok: true, kind: 'pdf' });
  });

  it('rejects a file named .pdf that is not a PDF', () => {
    const result = checkImportFile('report.pdf', 'application/pdf', 1000, text('hello'));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('is named as a PDF but is not one') });
  });

  it('rejects a very large file, saying how large', () => {
    const result = checkImportFile('huge.pdf', 'application/pdf', 50 * 1024 * 1024, text('%PDF-'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe('“huge.pdf” is 50.0 MB; the largest file we read is 20.0 MB. A MAPPA report PDF is usually well under 5 MB.');
    expect(checkImportFile('ok.pdf', '', MAX_IMPORT_BYTES, text('%PDF-')).ok).toBe(true);
  });

  it('rejects binary files and empty files', () => {
    expect(checkImportFile('photo.jpg', 'image/jpeg', 100, new Uint8Array([0xff, 0xd8, 0x00, 0x10])).ok).toBe(false);
    expect(checkImportFile('empty.txt', 'text/plain', 0, new Uint8Array()).ok).toBe(false);
  });

  it('reads .csv as CSV and anything else textual as report text', () => {
    expect(checkImportFile('data.csv', 'text/csv', 10, text('a,b'))).toEqual({ ok: true, kind: 'csv' });
    expect(checkImportFile('report.txt', 'text/plain', 10, text('West Midlands\tAnnual'))).toEqual({ ok: true, kind: 'text' });
  });

  it('treats tabs and newlines as text, NUL and control characters as binary', () => {
    expect(looksBinary(text('a\tb\r\nc'))).toBe(false);
    expect(looksBinary(new Uint8Array([65, 0, 66]))).toBe(true);
  });
});
