import { lazily } from './lazily';

const integer = lazily(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }));
const oneDecimal = lazily(() => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }));

const fixed = [0, 1, 2].map((digits) => lazily(() => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })));

/**
 * 5,486 for counts; up to one decimal place for rates and shares. Given a number of decimal
 * places (a chart's policy), always that many: "1.0" beside "0.9", never "1" beside "0.9".
 */
export function formatNumber(value: number, decimals?: number): string {
  if (decimals !== undefined) return withoutNegativeZero((fixed[decimals] ?? fixed[1] ?? oneDecimal)().format(value));
  return Number.isInteger(value) ? integer().format(value) : oneDecimal().format(value);
}

/** A number as plain text with exactly this many decimal places ("0.7", "145.0", "-3"), for files: no thousands separators, never "-0.0". */
export function fixedText(value: number, decimals: number): string {
  return withoutNegativeZero(value.toFixed(decimals));
}

/** The fewest decimal places (0 or 1) that show every one of these values as a chart would: 1 if any has a fraction. */
export function decimalsFor(values: Iterable<number>): 0 | 1 {
  for (const value of values) if (Number.isFinite(value) && !Number.isInteger(value)) return 1;
  return 0;
}

function withoutNegativeZero(text: string): string {
  return /^[-−]0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

export const NOT_APPLICABLE_TEXT = 'not applicable';
export const MISSING_TEXT = 'not published';

/** "1st", "2nd", "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}
