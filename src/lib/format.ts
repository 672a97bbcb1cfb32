const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 5,486 for counts; up to one decimal place for rates and shares. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : oneDecimal.format(value);
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
