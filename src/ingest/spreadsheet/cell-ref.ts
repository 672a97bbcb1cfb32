/** "A", "B", …, "Z", "AA": the letters of a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "B7" for row 6, column 1 (both 0-based), as the spreadsheet shows it. */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The 0-based column of a reference: "B7" → 1, "AA3" → 26. */
export function refColumn(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? 'A';
  return [...letters].reduce((column, letter) => column * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}
