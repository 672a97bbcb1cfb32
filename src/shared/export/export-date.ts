const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "25 November 2026", in the reader's time zone. */
export function formatExportDate(date: Date): string {
  return longDate.format(date);
}
