import { describe, expect, it } from 'vitest';
import { AREAS, replaceLine, seedText } from '../../../tests/fixtures/import/texts';
import { parseReportText, type ExtractedFigure, type ReportTextParse } from './parse-report-text';

const SNAPSHOT_HEADER = '\tCategory 1: Registered sex offenders\tViolent\tOther dangerous\tTotal';
const SNAPSHOT_IDS = ['level1', 'level2', 'level3', 'total'].flatMap((row) =>
  ['category1', 'category2', 'category3', 'total'].map((column) => `snapshot.${row}.${column}`),
);

function parse(text: string): ReportTextParse {
  return parseReportText(text, AREAS);
}

function figure(result: ReportTextParse, figureId: string): ExtractedFigure {
  const found = result.figures.find((candidate) => candidate.figureId === figureId);
  if (!found) throw new Error(`no figure ${figureId}`);
  return found;
}

function valuesOf(result: ReportTextParse, ids: readonly string[]) {
  return ids.map((id) => figure(result, id).value);
}

const SEED = parse(seedText());

/** The seed with the snapshot's first two number columns swapped in every row. */
function swappedSnapshot(header: string): string {
  let text = replaceLine(seedText(), SNAPSHOT_HEADER, header);
  for (const [from, to] of [
    ['Level 1\t3669\t1763\t1\t5432', 'Level 1\t1763\t3669\t1\t5432'],
    ['Level 2\t11\t29\t5\t45', 'Level 2\t29\t11\t5\t45'],
    ['Level 3\t2\t5\t2\t9', 'Level 3\t5\t2\t2\t9'],
    ['Total\t3682\t1797\t7\t5486', 'Total\t1797\t3682\t7\t5486'],
  ] as const) {
    text = replaceLine(text, from, to);
  }
  return text;
}

describe('columns are mapped by their header words, in order', () => {
  it('reads swapped columns under a swapped header as the report means them', () => {
    const result = parse(swappedSnapshot('Violent  Category 1: Registered sex offenders  Other dangerous  Total'));
    expect(figure(result, 'snapshot.level1.category1').value).toBe(3669);
    expect(figure(result, 'snapshot.level1.category2').value).toBe(1763);
    expect(valuesOf(result, SNAPSHOT_IDS)).toEqual(valuesOf(SEED, SNAPSHOT_IDS));
    expect(result.warnings).toEqual([]);
  });

  it('reads a header naming the total first', () => {
    let text = replaceLine(seedText(), SNAPSHOT_HEADER, '\tTotal\tCategory 1: Registered sex offenders\tViolent\tOther dangerous');
    text = replaceLine(text, 'Level 1\t3669\t1763\t1\t5432', 'Level 1\t5432\t3669\t1763\t1');
    const result = parse(text);
    expect(valuesOf(result, ['snapshot.level1.category1', 'snapshot.level1.category3', 'snapshot.level1.total'])).toEqual([3669, 1, 5432]);
  });

  it.each([
    ['names a column twice', '\tViolent\tViolent\tOther dangerous\tTotal', /^The column headings on line 97 name “Category 2” twice/],
    ['reorders without naming every column', '\tViolent\tCategory 1\t\tTotal', /^The column headings on line 97 give the columns in an unusual order/],
    ['has a heading that could be two categories', '\tViolent and sexual offenders\tCategory 1\tOther dangerous\tTotal', /could mean more than one category/],
    ['has a heading that is no category', '\tViolent\tCategory 1\tSomething else\tTotal', /“Something else” on line 97 is not a MAPPA category or Total/],
  ])('stops the table, with a message, when its header %s', (_case, header, problem) => {
    const result = parse(replaceLine(seedText(), SNAPSHOT_HEADER, header));
    expect(result.tablesNotRead).toEqual(['snapshot']);
    expect(result.tablesMissing).toEqual([]);
    expect(valuesOf(result, SNAPSHOT_IDS).every((value) => value === null)).toBe(true);
    expect(result.warnings).toEqual([expect.stringMatching(problem)]);
    expect(result.warnings[0]).toMatch(/The table "MAPPA-eligible offenders on 31 March" was not read: type its figures in/);
    // The other tables are read as usual.
    expect(figure(result, 'level23Yearly.total.total').value).toBe(175);
  });

  it('keeps the template order when the header is in it, even with a blank or unnamed column', () => {
    // The seed's own returned-to-custody header names categories 1 and 2, leaves category 3 blank, then Total.
    expect(figure(SEED, 'breachOfLicence.level2.category3').value).toBe(7);
    const result = parse(replaceLine(seedText(), SNAPSHOT_HEADER, '\tCategory 1\tViolent\tOther\tTotal'));
    expect(valuesOf(result, SNAPSHOT_IDS)).toEqual(valuesOf(SEED, SNAPSHOT_IDS));
  });
});

/** The seed's snapshot rows without their "Other dangerous" figure (issue 26 item 3). */
const WITHOUT_CATEGORY_3: readonly (readonly [string, string])[] = [
  ['Level 1\t3669\t1763\t1\t5432', 'Level 1\t3669\t1763\t5432'],
  ['Level 2\t11\t29\t5\t45', 'Level 2\t11\t29\t45'],
  ['Level 3\t2\t5\t2\t9', 'Level 3\t2\t5\t9'],
  ['Total\t3682\t1797\t7\t5486', 'Total\t3682\t1797\t5486'],
];

function withRows(text: string, rows: readonly (readonly [string, string])[]): string {
  return rows.reduce((edited, [from, to]) => replaceLine(edited, from, to), text);
}

describe('a column the header does not name is never read by position', () => {
  const CATEGORY_3_IDS = ['level1', 'level2', 'level3', 'total'].map((row) => `snapshot.${row}.category3`);
  const TOTAL_IDS = ['level1', 'level2', 'level3', 'total'].map((row) => `snapshot.${row}.total`);

  it('reads a table without the "Other dangerous" column by its words, and asks for category 3', () => {
    const text = withRows(replaceLine(seedText(), SNAPSHOT_HEADER, '\tCategory 1: Registered sex offenders\tViolent\tTotal'), WITHOUT_CATEGORY_3);
    const result = parse(text);
    expect(valuesOf(result, TOTAL_IDS)).toEqual([5432, 45, 9, 5486]);
    expect(valuesOf(result, CATEGORY_3_IDS)).toEqual([null, null, null, null]);
    for (const id of CATEGORY_3_IDS)
      expect(figure(result, id).check).toMatch(/name no column for “Category 3: Other dangerous offenders”, so this figure is not in it/);
    expect(valuesOf(result, ['snapshot.level1.category1', 'snapshot.level1.category2'])).toEqual([3669, 1763]);
    expect(result.warnings).toEqual([
      'The table “MAPPA-eligible offenders on 31 March” (line 97) has no column for “Category 3: Other dangerous offenders”: those figures are left empty, not taken from another column. Type them in if the report gives them.',
    ]);
  });

  it('does not read rows that lack a column their header names', () => {
    const result = parse(withRows(seedText(), WITHOUT_CATEGORY_3));
    expect(result.tablesNotRead).toEqual(['snapshot']);
    expect(valuesOf(result, SNAPSHOT_IDS).every((value) => value === null)).toBe(true);
    expect(result.warnings).toEqual([
      'The table "MAPPA-eligible offenders on 31 March" has headings (line 97) for 4 columns but its rows have 3 figures, so we cannot tell which number belongs to which category. It was not read: type its figures in, or correct the headings and read the text again.',
    ]);
  });

  it('does not read rows narrower than a header with a blank heading in it', () => {
    const text = withRows(replaceLine(seedText(), SNAPSHOT_HEADER, '\tCategory 1: Registered sex offenders\tViolent\t\tTotal'), WITHOUT_CATEGORY_3);
    expect(parse(text).tablesNotRead).toEqual(['snapshot']);
  });

  it('marks every figure to check where the header names fewer columns than the rows have and shows no gap', () => {
    // Which column the header lost is not said: the usual order is only a suggestion, even where the rows add up.
    const text = replaceLine(
      replaceLine(seedText(), SNAPSHOT_HEADER, '\tCategory 1: Registered sex offenders\tViolent\tTotal'),
      'Level 1\t3669\t1763\t1\t5432',
      'Level 1\t3669\t1763\t1\t5433',
    );
    const result = parse(text);
    expect(valuesOf(result, SNAPSHOT_IDS)).toEqual(valuesOf(SEED, SNAPSHOT_IDS).map((value, index) => (index === 3 ? 5433 : value)));
    for (const id of SNAPSHOT_IDS)
      expect(figure(result, id).check).toMatch(/placed by the usual order|has no heading \(line 97\): read as .*, where reports print it/);
    expect(result.notes).toEqual([
      expect.stringMatching(/^Column 4 of the table “Offenders in levels 2 and 3 by category \(yearly total\)”/),
      expect.stringMatching(/^Column 3 of the table “Level 2 and 3 offenders returned to custody for breach of licence”/),
      expect.stringMatching(/^Column 3 of the table “Level 2 and 3 offenders returned to custody for breach of SOPO\/SHPO”/),
    ]);
  });

  it('reads the seed’s own unnamed columns only because their figures settle them, and says so', () => {
    expect(figure(SEED, 'level23Yearly.total.total').value).toBe(175);
    expect(SEED.notes).toEqual([
      'Column 4 of the table “Offenders in levels 2 and 3 by category (yearly total)” (line 105) has no heading: read as the total, because each of its figures is the sum of the others in its row.',
      expect.stringMatching(
        /^Column 3 of the table “Level 2 and 3 offenders returned to custody for breach of licence” \(line 125\) has no heading: read as “Category 3: Other dangerous offenders”, because it is the one column the headings leave out, and with it every row adds up to its total\.$/,
      ),
      expect.stringMatching(/breach of SOPO\/SHPO/),
    ]);
  });
});

describe('a number wearing marks is read and questioned, never blanked', () => {
  it.each([
    ['253*', /has the mark \*/],
    ['(253)', /is in brackets/],
    ['<b>253</b>', /is wrapped in the tag <b>/],
    ['253 12', /is followed by 12, which looks like a note number/],
    ['253\u00B9', /has the mark \u00B9/],
  ])('reads "SHPO %s" as 253 with a check', (written, mark) => {
    const result = parse(replaceLine(seedText(), 'SHPO\t253', `SHPO\t${written}`));
    const shpo = figure(result, 'orders.shpo');
    expect(shpo.value).toBe(253);
    expect(shpo.source).toEqual({ lineNumber: 116, text: `SHPO\t${written}` });
    expect(shpo.check).toMatch(mark);
    expect(shpo.check).toMatch(/^Read as 253 from/);
    expect(result.notFound).toEqual([]);
    expect(result.warnings).toEqual([expect.stringMatching(/^Line 116: .* reads “.*”: we read 253, but the number .*\. Check this figure\.$/)]);
  });

  it('reads marked numbers in a table row, each with its own check', () => {
    const result = parse(replaceLine(seedText(), 'Level 1\t3669\t1763\t1\t5432', 'Level 1\t3669*\t(1763)\t<b>1</b>\t5432 12'));
    expect(valuesOf(result, ['snapshot.level1.category1', 'snapshot.level1.category2', 'snapshot.level1.category3', 'snapshot.level1.total'])).toEqual([
      3669, 1763, 1, 5432,
    ]);
    expect(result.figures.filter((found) => found.check).map((found) => found.figureId)).toEqual([
      'snapshot.level1.category1',
      'snapshot.level1.category2',
      'snapshot.level1.category3',
      'snapshot.level1.total',
    ]);
    expect(result.warnings).toHaveLength(4);
  });

  it('still does not guess between a year and a figure after a label', () => {
    const text = replaceLine(
      seedText(),
      'Total number of Registered Sexual Offenders per 100,000 population\t145',
      'Total number of Registered Sexual Offenders per 100,000 population 2021 145',
    );
    expect(figure(parse(text), 'rsoPer100k').value).toBeNull();
  });
});

describe('rows and tables the parser cannot read are reported', () => {
  it('reports a row it cannot read', () => {
    const result = parse(replaceLine(seedText(), 'Level 1\t3669\t1763\t1\t5432', 'Level 1: 3669, 1763, 1, 5432'));
    expect(figure(result, 'snapshot.level1.category1').value).toBeNull();
    expect(result.warnings).toEqual([
      'Line 98 starts like the "Level 1" row but we could not read its figures ("Level 1: 3669, 1763, 1, 5432"); check that row.',
    ]);
  });

  it('reports an order row it cannot read', () => {
    const result = parse(replaceLine(seedText(), 'SHPO\t253', 'SHPO\t253 of which 12 interim'));
    expect(figure(result, 'orders.shpo').value).toBeNull();
    expect(result.warnings).toEqual([expect.stringMatching(/^Line 116 starts with "SHPO" but we could not read one figure after it/)]);
  });

  it('reports a missing Total row', () => {
    const result = parse(replaceLine(seedText(), 'Total\t3682\t1797\t7\t5486', ''));
    expect(valuesOf(result, ['snapshot.total.category1', 'snapshot.total.total'])).toEqual([null, null]);
    expect(result.warnings).toEqual([
      'The table "MAPPA-eligible offenders on 31 March" (from line 95) has no "Total" row: those figures are left blank for you to enter.',
    ]);
  });

  it('reports a second copy of a table that gives different figures, and marks them', () => {
    const lines = seedText().split('\n');
    const start = lines.indexOf('MAPPA-eligible offenders on 31 March 2022');
    const copy = lines
      .slice(start, start + 7)
      .join('\n')
      .replace('3669', '3670');
    const result = parse(seedText().replace('Explanation commentary on statistical tables', `${copy}\n\nExplanation commentary on statistical tables`));
    const level1 = figure(result, 'snapshot.level1.category1');
    expect(level1.value).toBe(3669);
    expect(level1.check).toBe('A second copy of this table (line 145) gives 3,670.');
    expect(result.warnings).toEqual([
      `The table "MAPPA-eligible offenders on 31 March" appears again from line 142 with different figures: MAPPA-eligible offenders on 31 March: Level 1, Category 1 is 3,669 on line 98 but 3,670 on line 145. We kept the first copy's figures; check the figures marked “check this”.`,
    ]);
  });

  it('says nothing about a second copy with the same figures', () => {
    const result = parse(`${seedText()}\n${seedText()}`);
    expect(result.warnings).toEqual([]);
    expect(result.figures.some((found) => found.check)).toBe(false);
  });

  it('reports a single figure given twice with different values', () => {
    const result = parse(`${seedText()}\nSHPOs, SHPOs with foreign travel restriction & NOs imposed by the courts\nSHPO\t254\n`);
    expect(figure(result, 'orders.shpo')).toMatchObject({ value: 253, check: expect.stringMatching(/gives 254\.$/) });
    expect(result.warnings).toEqual([expect.stringMatching(/appears again from line \d+ with different figures: .* is 253 on line 116 but 254 on line \d+/)]);
  });
});

describe('invisible marks and long rows', () => {
  it.each([
    ['a right-to-left mark', '\u200F'],
    ['a left-to-right mark', '\u200E'],
    ['a byte order mark', '\uFEFF'],
    ['a bidi embedding', '\u202B'],
    ['a bidi isolate', '\u2067'],
  ])('strips %s before a row and inside its numbers', (_name, mark) => {
    const result = parse(replaceLine(seedText(), 'Level 1\t3669\t1763\t1\t5432', `${mark}Level 1\t36${mark}69\t1763${mark}\t1\t5432`));
    expect(valuesOf(result, SNAPSHOT_IDS)).toEqual(valuesOf(SEED, SNAPSHOT_IDS));
    expect(figure(result, 'snapshot.level1.category1').source?.text).toBe(`${mark}Level 1\t36${mark}69\t1763${mark}\t1\t5432`);
    expect(result.warnings).toEqual([]);
  });

  it('reads a table row longer than 300 characters', () => {
    const wrapped = `<span class="figure" title="${'x'.repeat(300)}">3669</span>`;
    const result = parse(replaceLine(seedText(), 'Level 1\t3669\t1763\t1\t5432', `Level 1\t${wrapped}\t1763\t1\t5432`));
    expect(figure(result, 'snapshot.level1.category1')).toMatchObject({ value: 3669, check: expect.stringMatching(/wrapped in the tag <span/) });
    expect(figure(result, 'snapshot.level1.total').value).toBe(5432);
  });

  it('reports a row too long to read rather than dropping it', () => {
    const result = parse(replaceLine(seedText(), 'Level 1\t3669\t1763\t1\t5432', `Level 1\t3669\t1763\t1\t5432\t${'note '.repeat(1200)}`));
    expect(figure(result, 'snapshot.level1.category1').value).toBeNull();
    expect(result.warnings).toEqual([
      expect.stringMatching(/^Line 98 starts like the "Level 1" row but is 6,\d{3} characters long, too long for a table row; it was not read/),
    ]);
  });

  it('reports a long row with more cells than columns', () => {
    const result = parse(replaceLine(seedText(), 'Level 1\t3669\t1763\t1\t5432', `Level 1\t3669\t1763\t1\t5432\t${'note '.repeat(80)}`));
    expect(result.warnings).toEqual([expect.stringMatching(/^Line 98 \("Level 1"\) has 5 cells but the table has 4 columns/)]);
  });
});
