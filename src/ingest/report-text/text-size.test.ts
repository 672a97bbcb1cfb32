import { describe, expect, it } from 'vitest';
import { MAX_REPORT_TEXT_CHARS, reportTextTooLong } from './text-size';

describe('reportTextTooLong (issue 26 item 6)', () => {
  it('reads a text up to the limit', () => {
    expect(reportTextTooLong('x'.repeat(MAX_REPORT_TEXT_CHARS), 'The pasted text')).toBeUndefined();
  });

  it('refuses a longer text, naming its size and the limit', () => {
    expect(reportTextTooLong('x'.repeat(MAX_REPORT_TEXT_CHARS + 1), 'The pasted text')).toBe(
      'The pasted text is 1,000,001 characters long (about 1.0 MB): more than the 1,000,000 characters (about 1.0 MB) we read, and far more than one MAPPA report’s text. It was not read. Paste or choose only the report (at least its “MAPPA Statistics” tables).',
    );
    expect(reportTextTooLong('line\n'.repeat(2_000_000), 'The text of “big.txt”')).toMatch(
      /^The text of “big\.txt” is 10,000,000 characters long \(about 10\.0 MB\)/,
    );
  });
});
