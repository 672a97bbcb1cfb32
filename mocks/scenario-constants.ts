/** A name with quotes, a comma and a leading "=": what a spreadsheet must never run as a formula. */
export const ODD_AREA_NAME = '=HYPERLINK("http://example.invalid"), West "Mercia"';
