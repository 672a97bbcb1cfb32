import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { parseReportText } from '../report-text/parse-report-text';
import { parseEditedValue, reviewOutcome, reviewRows } from './report-review-model';

const seedText = readFileSync(join(__dirname, '..', '..', '..', 'mocks', 'sources', 'west-midlands-mappa-annual-report-2021-22.txt'), 'utf8');
const provenance = { kind: 'imported' as const, fileName: 'report.txt', importedAt: '2026-11-25T10:00:00.000Z' };

describe('parseEditedValue', () => {
  it.each([
    ['', { value: null }],
    ['-', { value: '-' }],
    ['–', { value: '-' }],
    ['5,432', { value: 5432 }],
    ['0', { value: 0 }],
  ])('reads "%s"', (text, expected) => {
    expect(parseEditedValue(text, 'snapshot.level1.category1')).toEqual(expected);
  });

  it('explains negative, fractional and non-numeric entries', () => {
    expect(parseEditedValue('-3', 'orders.shpo')).toEqual({ error: '-3 is negative.' });
    expect(parseEditedValue('2.5', 'orders.shpo')).toEqual({ error: '2.5 is not a whole number of people.' });
    expect(parseEditedValue('about 40', 'orders.shpo')).toMatchObject({ error: expect.stringContaining('is not a number') });
    expect(parseEditedValue('131.6', 'rsoPer100k')).toEqual({ value: 131.6 });
  });
});

describe('reviewOutcome', () => {
  const parse = parseReportText(seedText, fixtureAreas);

  it('builds the West Midlands record from the seed text with its two findings', () => {
    const outcome = reviewOutcome(parse, 'west-midlands', '2021-22', {}, provenance);
    expect(outcome.recordErrors).toEqual([]);
    expect(outcome.report?.snapshot.grandTotal).toEqual({ kind: 'value', value: 5486 });
    expect(outcome.findings).toHaveLength(2);
    expect(outcome.given).toBeUndefined();
  });

  it('gives only the figures found or typed in: a figure left empty is not imported', () => {
    const outcome = reviewOutcome(parse, 'west-midlands', '2021-22', { revocations: '', 'orders.shpo': '' }, provenance);
    expect(outcome.given).toHaveLength(56);
    expect(outcome.given).not.toContain('revocations');
    const onlyOne = reviewOutcome(
      { ...parse, figures: parse.figures.map((figure) => ({ ...figure, value: null })) },
      'kent',
      '2021-22',
      { revocations: '7' },
      provenance,
    );
    expect(onlyOne.given).toEqual(['revocations']);
    expect(onlyOne.report?.revocations).toEqual({ kind: 'value', value: 7 });
  });

  it('applies a correction, and the findings follow it', () => {
    const outcome = reviewOutcome(parse, 'west-midlands', '2021-22', { 'snapshot.level1.category3': '0' }, provenance);
    expect(outcome.report?.snapshot.cells.level1.category3).toEqual({ kind: 'value', value: 0 });
    expect(outcome.findings).toEqual([]);
  });

  it('refuses to build while a box is wrong or the area or year is unknown', () => {
    expect(reviewOutcome(parse, 'west-midlands', '2021-22', { 'orders.shpo': 'lots' }, provenance).wire).toBeUndefined();
    expect(reviewOutcome(parse, '', '2021-22', {}, provenance).recordErrors).toEqual(['Choose which area this report is for.']);
    expect(reviewOutcome(parse, 'west-midlands', '2021', {}, provenance).recordErrors[0]).toMatch(/Choose the year/);
  });

  it('offers category 4 rows only from 2022-23', () => {
    expect(reviewRows(parse, '2021-22').some((row) => row.figureId.endsWith('category4'))).toBe(false);
    expect(reviewRows(parse, '2022-23').some((row) => row.figureId.endsWith('category4'))).toBe(true);
  });

  it('never fills a column the pasted table lacks, and the totals check says what it cannot check (issue 26 item 3)', () => {
    let text = seedText.replace(
      '\tCategory 1: Registered sex offenders\tViolent\tOther dangerous\tTotal',
      '\tCategory 1: Registered sex offenders\tViolent\tTotal',
    );
    for (const [from, to] of [
      ['Level 1\t3669\t1763\t1\t5432', 'Level 1\t3669\t1763\t5432'],
      ['Level 2\t11\t29\t5\t45', 'Level 2\t11\t29\t45'],
      ['Level 3\t2\t5\t2\t9', 'Level 3\t2\t5\t9'],
      ['Total\t3682\t1797\t7\t5486', 'Total\t3682\t1797\t5486'],
    ]) {
      text = text.replace(`\n${from}\n`, `\n${to}\n`);
    }
    const outcome = reviewOutcome(parseReportText(text, fixtureAreas), 'west-midlands', '2021-22', {}, provenance);
    const snapshot = outcome.report?.snapshot;
    expect(snapshot?.cells.level1.category3).toEqual({ kind: 'missing' });
    expect(snapshot?.columnTotals.category3).toEqual({ kind: 'missing' });
    expect(snapshot?.rowTotals.level1).toEqual({ kind: 'value', value: 5432 });
    expect(snapshot?.grandTotal).toEqual({ kind: 'value', value: 5486 });
    expect(outcome.unchecked.filter((total) => total.table === 'snapshot').map((total) => total.line)).toEqual([
      { kind: 'row', level: 'level1' },
      { kind: 'row', level: 'level2' },
      { kind: 'row', level: 'level3' },
      { kind: 'grand-total-vs-columns' },
    ]);
  });
});
