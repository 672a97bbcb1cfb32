import { describe, expect, it } from 'vitest';
import { AREAS, replaceLine, seedText } from '../../../tests/fixtures/import/texts';
import { openQuestions } from '../common/question';
import { ingestReportText, type ReportTextInput } from './ingest-report-text';
import { KEEP_AS_READ } from './report-questions';

const YEARS = ['2021-22', '2022-23'];
const IMPORTED_AT = '2024-05-01T10:00:00.000Z';

function ingest(text: string, extra: Partial<ReportTextInput> = {}) {
  return ingestReportText({ text, source: { file: 'west-midlands.txt' }, areas: AREAS, years: YEARS, importedAt: IMPORTED_AT, ...extra });
}

/** The seed report with a mark on its SHPO figure. */
const MARKED = replaceLine(seedText(), 'SHPO\t253', 'SHPO\t253*');

describe('ingestReportText: a report read without a screen', () => {
  it('refuses at once a text too long to be one report, saying its size, and asks nothing', () => {
    const read = ingest(`${seedText()}\n${'More text. '.repeat(100_000)}`);
    expect(read.parse.outcome).toBe('too-long');
    expect(read.parse.message).toMatch(
      /^The text of “west-midlands\.txt” is 1,\d{3},\d{3} characters long \(about 1\.\d MB\): more than the 1,000,000 characters/,
    );
    expect(read).toMatchObject({ questions: [], open: [], outcome: undefined });
  });

  it('reads the seed report whole: area and year settled by its title, nothing to ask', () => {
    const read = ingest(seedText());
    expect(read.open).toEqual([]);
    expect(read.questions.map((question) => [question.id, question.suggested, question.settled])).toEqual([
      ['report-area|west-midlands.txt', 'west-midlands', true],
      ['report-year|west-midlands.txt', '2021-22', true],
    ]);
    expect(read.questions[0]).toMatchObject({ why: 'Read from the title, line 3: “West Midlands”', where: { file: 'west-midlands.txt', line: 3 } });
    expect(read.outcome).toMatchObject({ recordErrors: [], given: undefined, wire: { areaId: 'west-midlands', year: '2021-22' } });
    expect(read.outcome?.wire?.provenance).toEqual({ kind: 'imported', fileName: 'west-midlands.txt', importedAt: IMPORTED_AT });
  });

  it('holds back a figure to check until it is answered, citing its line and page', () => {
    const read = ingest(MARKED, { source: { file: 'west-midlands.pdf', pageStartLines: [1, 60, 120] } });
    expect(read.open).toHaveLength(1);
    expect(read.open[0]).toMatchObject({
      id: 'figure-check|west-midlands.pdf|orders.shpo',
      kind: 'figure-check',
      figureId: 'orders.shpo',
      where: { file: 'west-midlands.pdf', page: 2, line: 116 },
      takesFigure: true,
      suggested: KEEP_AS_READ,
      settled: false,
    });
    expect(read.open[0]?.why).toMatch(/^Read as 253 from “253\*”/);
    expect(read.outcome?.given).not.toContain('orders.shpo');
    expect(read.outcome?.wire?.orders.shpo).toBeNull();

    const kept = ingest(MARKED, { answers: { 'figure-check|west-midlands.txt|orders.shpo': KEEP_AS_READ } });
    expect(kept.open).toEqual([]);
    expect(kept.outcome?.wire?.orders.shpo).toBe(253);
    const typed = ingest(MARKED, { answers: { 'figure-check|west-midlands.txt|orders.shpo': '254' } });
    expect(typed.outcome?.wire?.orders.shpo).toBe(254);
    const wrong = ingest(MARKED, { answers: { 'figure-check|west-midlands.txt|orders.shpo': 'lots' } });
    expect(wrong.outcome?.fieldErrors['orders.shpo']).toMatch(/is not a number/);
  });

  it('makes no record while the area or year is open, and one once answered', () => {
    const untitled = seedText().replace(/West Midlands?|England and Wales/g, 'Our');
    const read = ingest(untitled);
    expect(openQuestions(read.questions, {}).map((question) => question.kind)).toEqual(['report-area']);
    expect(read.open[0]?.why).toBe('No title or heading of the text names the area (we never take it from a sentence): please choose.');
    expect(read.outcome).toBeUndefined();
    const answers = Object.fromEntries(read.open.map((question) => [question.id, 'west-midlands']));
    const answered = ingest(untitled, { answers });
    expect(answered.open).toEqual([]);
    expect(answered.outcome?.wire).toMatchObject({ areaId: 'west-midlands', year: '2021-22' });
  });

  it('never preselects the area from prose: a sentence about England and Wales is asked about, not taken', () => {
    // The seed with no area name the reader knows: its introduction still says "legislative changes in England and Wales".
    const untitled = seedText().replace(/West Midlands?/g, 'Our');
    expect(untitled).toContain('legislative changes in England and Wales');
    const read = ingest(untitled);
    const area = read.questions.find((question) => question.kind === 'report-area');
    expect(area?.suggested).toBeUndefined();
    expect(area?.settled).toBe(false);
    expect(read.open.map((question) => question.kind)).toEqual(['report-area']);
    expect(read.outcome).toBeUndefined();
  });

  it('asks nothing of a text that is no report, and says why', () => {
    const read = ingest('Minutes of the parish council meeting.');
    expect(read.questions).toEqual([]);
    expect(read.outcome).toBeUndefined();
    expect(read.parse.message).toMatch(/no MAPPA statistics tables/);
  });
});
