import { cleanExportText } from '../../lib/export-text';
import { formatExportDate } from './export-date';

export interface PackReadmeChart {
  title: string;
  sourceLine: string;
  notes: string[];
  files: string[];
  /** When left out, a source line or note that mentions "illustrative" counts. */
  includesIllustrative?: boolean | undefined;
}

export interface PackReadmeInput {
  focusAreaName: string;
  /** What the charts compare the focus area with, as chosen in the view the pack was made from. */
  comparison?: string | undefined;
  year: string;
  exportedOn: Date;
  charts: PackReadmeChart[];
  productName?: string | undefined;
}

/** Windows line endings: the README is most often opened in Notepad on a council laptop. */
const NEWLINE = '\r\n';

/** README.txt for the board-paper zip: what is in it, where each figure comes from, how to read it. */
export function packReadme(input: PackReadmeInput): string {
  const product = input.productName ?? 'MAPPA Compare';
  const illustrativeCharts = input.charts.filter(includesIllustrative);
  const lines: string[] = [
    ...heading(`${product}: board-paper pack`, '='),
    `Focus area: ${input.focusAreaName}`,
    ...(input.comparison ? [`Compared with: ${input.comparison} (the comparator group chosen when the pack was made)`] : []),
    `Year: ${input.year}`,
    `Exported on ${formatExportDate(input.exportedOn)}`,
    '',
  ];

  if (illustrativeCharts.length > 0) {
    lines.push(
      ...heading('WARNING: this pack includes illustrative data', '-'),
      'Some values in these charts are illustrative (synthetic): they are NOT real MAPPA statistics and must not be quoted or used for decisions.',
      'In the CSV files they have the value_status "illustrative". Charts with illustrative values:',
      ...illustrativeCharts.map((chart) => `- ${chart.title}`),
      '',
    );
  }

  lines.push(
    ...heading('What is in this pack', '-'),
    `${input.charts.length} ${input.charts.length === 1 ? 'chart' : 'charts'}, each with the files listed under it. Each chart has two PNG pictures: *-slide.png fits a 16:9 slide (3840 × 2160 pixels; a bar chart too long for a slide shows its top and bottom areas and the focus area, and says how many are left out) and *-a4.png fits an A4 portrait page; SVG files are images that stay sharp at any size; CSV files hold exactly the figures the chart draws, one row per value with its status and source; ODS files are the same figures as a spreadsheet (open in LibreOffice Calc or Excel) with a cover sheet, contents, notes and a data sheet, where [x] means not published and [z] not applicable, never zero.`,
    '',
  );
  input.charts.forEach((chart, index) => {
    lines.push(`${index + 1}. ${chart.title}`);
    if (chart.files.length > 0) lines.push(`   Files: ${chart.files.join(', ')}`);
    if (chart.sourceLine.trim()) lines.push(`   ${withSourceLabel(chart.sourceLine.trim())}`);
    const notes = chart.notes.map((note) => note.trim()).filter(Boolean);
    if (notes.length > 0) {
      lines.push('   Data-quality notes:');
      notes.forEach((note, noteIndex) => lines.push(`   ${noteIndex + 1}. ${note}`));
    }
    lines.push('');
  });

  lines.push(
    ...heading('How to read the figures', '-'),
    '- "-" in a MAPPA report means not applicable: the figure does not apply. It is not zero. In the CSV the value is blank and value_status is "not applicable".',
    '- A blank or missing figure was not published. It is not zero either. In the CSV the value is blank and value_status is "missing".',
    '- "sources disagree": published sources give different figures. No value is drawn; the CSV source column lists each figure with its source.',
    '- "data error": the record for that area could not be read or failed checks, so no value is shown; the CSV source column says what was wrong.',
    `- "calculated here": worked out by ${product} from published figures (for example a rate per 100,000 people); not itself published.`,
    '- The CSV files are UTF-8. Text that starts with =, +, - or @ begins with an apostrophe so that spreadsheets do not run it as a formula.',
    '',
  );
  return cleanExportText(lines.join(NEWLINE));
}

function includesIllustrative(chart: PackReadmeChart): boolean {
  return chart.includesIllustrative ?? [chart.sourceLine, ...chart.notes].some((text) => /illustrative/i.test(text));
}

function withSourceLabel(sourceLine: string): string {
  return /^sources?:/i.test(sourceLine) ? sourceLine : `Source: ${sourceLine}`;
}

function heading(text: string, underline: '=' | '-'): string[] {
  return [text, underline.repeat(text.length), ''];
}
