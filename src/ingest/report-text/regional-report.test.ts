import { describe, expect, it } from 'vitest';
import { AREAS, fixtureText, MADE_UP_REGIONAL_REPORT, replaceLine } from '../../../tests/fixtures/import/texts';
import { LEAVE_OUT } from '../common/question';
import { ingestReportText } from './ingest-report-text';

// Issue 27 item 6: a probation region's report (from 2024-25), read by the same ingest layer as an area's.

const FILE = 'regional.txt';
const TITLE = 'MAPPA Regional Annual Report 2024 to 2025 — West Midlands region';
const REGIONAL = fixtureText(MADE_UP_REGIONAL_REPORT);
const WARWICKSHIRE_ROW = 'Warwickshire\t712\t231\t2\t2\t947';

/** The number (from 1) of the first line of the fixture that starts with `start`. */
function lineOf(start: string): number {
  return REGIONAL.split('\n').findIndex((line) => line.startsWith(start)) + 1;
}
const BY_AREA_LINE = lineOf('MAPPA-eligible offenders on 31 March 2025 by area');
const WARWICKSHIRE_LINE = lineOf('Warwickshire');

function ingest(text: string, answers: Record<string, string> = {}) {
  return ingestReportText({ text, source: { file: FILE }, areas: AREAS, years: ['2023-24', '2024-25'], importedAt: '2025-09-01T10:00:00.000Z', answers });
}

function figure(read: ReturnType<typeof ingest>, figureId: string) {
  return read.parse.figures.find((candidate) => candidate.figureId === figureId)?.value;
}

describe('a regional report: whose it is, from its title only', () => {
  it('reads the made-up West Midlands region report: the region and year from its title, its totals as the region’s figures, nothing to ask', () => {
    const read = ingest(REGIONAL);
    expect(read.parse).toMatchObject({ level: 'region', areaId: 'region-west-midlands', areaRule: 'the title', year: '2024-25', hasCategory4: true });
    expect(read.parse.areaEvidence).toEqual({ lineNumber: 1, text: TITLE });
    expect(read.parse.warnings).toEqual([]);
    expect(read.parse.notFound).toEqual([]);
    expect(read.open).toEqual([]);
    expect(read.questions[0]).toMatchObject({ what: 'Which probation region is this report for?', suggested: 'region-west-midlands', settled: true });
    expect(read.outcome).toMatchObject({ recordErrors: [], findings: [], given: undefined, wire: { areaId: 'region-west-midlands', year: '2024-25' } });
    expect(read.outcome?.report?.snapshot.columnTotals.category1).toMatchObject({ kind: 'value', value: 7944 });
    // The table by area is not read again as a copy of the region's snapshot.
    expect(figure(read, 'snapshot.total.total')).toBe(11173);
    expect(figure(read, 'rsoPer100k')).toBe(162);
  });

  it('takes a “Probation Service … region” heading, and Wales as a region', () => {
    const text = replaceLine(REGIONAL, TITLE, 'Probation Service Wales region MAPPA report 2024 to 2025');
    const read = ingest(text);
    expect(read.parse).toMatchObject({ level: 'region', areaId: 'region-wales', year: '2024-25' });
  });

  it('never takes the region from prose: with no title naming it, it is asked', () => {
    const text = replaceLine(REGIONAL, TITLE, '');
    const read = ingest(text);
    expect(read.parse.areaId).toBeUndefined();
    expect(read.open.map((question) => question.kind)).toContain('report-area');
    expect(read.outcome).toBeUndefined();
  });

  it('asks about a region it does not know, never guessing a region or the area of the same name', () => {
    for (const title of [
      'MAPPA Regional Annual Report 2024 to 2025 — Midlands and Marches region',
      'MAPPA Regional Annual Report 2024 to 2025 — West Midlands and Marches region',
    ]) {
      const read = ingest(replaceLine(REGIONAL, TITLE, title));
      expect(read.parse).toMatchObject({ level: 'region', areaId: undefined, unknownRegion: { lineNumber: 1, text: title } });
      const asked = read.open.find((question) => question.kind === 'report-area');
      expect(asked?.why).toMatch(/^Line 1 says this is a regional report \(“MAPPA Regional Annual Report .*”\) but names no probation region we know/);
      expect(asked?.suggested).toBeUndefined();
      // The regions are offered first, then the areas.
      expect(asked?.choices.slice(0, 12).map((choice) => choice.value)).toEqual(AREAS.filter((area) => area.kind === 'region').map((area) => area.id));
      expect(read.outcome).toBeUndefined();
    }
  });

  it('answered, an unknown region’s report is saved as that region’s', () => {
    const text = replaceLine(REGIONAL, TITLE, 'MAPPA Regional Annual Report 2024 to 2025 — Midlands and Marches region');
    const read = ingest(text, { [`report-area|${FILE}`]: 'region-west-midlands' });
    expect(read.outcome?.wire).toMatchObject({ areaId: 'region-west-midlands', year: '2024-25' });
  });
});

describe('a regional report’s table by area', () => {
  it('becomes each area’s 31 March totals by category, only those figures, cited to its row', () => {
    const read = ingest(REGIONAL);
    expect(read.areaRecords.map((record) => record.areaId)).toEqual(['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands']);
    const warwickshire = read.areaRecords[1]!;
    expect(warwickshire.row.line.text).toBe(WARWICKSHIRE_ROW);
    expect(warwickshire.outcome.given).toEqual([
      'snapshot.total.category1',
      'snapshot.total.category2',
      'snapshot.total.category3',
      'snapshot.total.category4',
      'snapshot.total.total',
    ]);
    expect(warwickshire.outcome.report?.snapshot.columnTotals).toMatchObject({ category1: { value: 712 }, category4: { value: 2 } });
    expect(warwickshire.outcome.report?.snapshot.grandTotal).toMatchObject({ value: 947 });
    expect(warwickshire.outcome.report?.snapshot.cells.level1.category1).toMatchObject({ kind: 'missing' });
  });

  it('asks about a figure of the region that differs from the sum of its areas, keeping both as published', () => {
    const read = ingest(replaceLine(REGIONAL, WARWICKSHIRE_ROW, 'Warwickshire\t713\t231\t2\t2\t948'));
    expect(read.parse.warnings).toContain(
      `“MAPPA-eligible offenders on 31 March: Total, Category 1” is 7,944 for the region, but its areas in the table by area (line ${BY_AREA_LINE}) add up to 7,945. Both are kept as published: the region’s figure is used, and the sum of its areas is set beside it.`,
    );

    const asked = read.open.filter((question) => question.kind === 'figure-check').map((question) => [question.figureId, question.why]);
    expect(asked).toEqual([
      ['snapshot.total.category1', `The region’s areas add up to 7945 in the table by area (line ${BY_AREA_LINE}), not 7944.`],
      ['snapshot.total.total', `The region’s areas add up to 11174 in the table by area (line ${BY_AREA_LINE}), not 11173.`],
    ]);
    // The area's figure is kept as printed; the region's waits for the answer.
    expect(read.areaRecords[1]!.outcome.report?.snapshot.columnTotals.category1).toMatchObject({ value: 713 });
    expect(read.outcome?.given).not.toContain('snapshot.total.category1');
    expect(
      ingest(replaceLine(REGIONAL, WARWICKSHIRE_ROW, 'Warwickshire\t713\t231\t2\t2\t948'), {
        [`figure-check|${FILE}|snapshot.total.category1`]: 'keep',
        [`figure-check|${FILE}|snapshot.total.total`]: 'keep',
      }).outcome?.given,
    ).toBeUndefined();
  });

  it('asks which area a row is when its name is not one of the region’s areas, and leaves it out until answered', () => {
    for (const [name, problem] of [
      ['Warwicks and Coventry', 'is not the name of a MAPPA area we know'],
      ['Kent', 'is not an area of this report’s region'],
    ] as const) {
      const text = replaceLine(REGIONAL, WARWICKSHIRE_ROW, WARWICKSHIRE_ROW.replace('Warwickshire', name));
      const read = ingest(text);
      const asked = read.open.find((question) => question.kind === 'area-name');
      expect(asked).toMatchObject({ id: `area-name|${FILE}|line ${WARWICKSHIRE_LINE}`, where: { file: FILE, line: WARWICKSHIRE_LINE }, settled: false });
      expect(asked?.why).toContain(problem);
      expect(asked?.choices.map((choice) => choice.value)).toEqual(['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands', LEAVE_OUT]);
      expect(read.areaRecords.map((record) => record.areaId)).toEqual(['staffordshire', 'west-mercia', 'west-midlands']);
      // The sum of a table with a row left out checks nothing, so no figure of the region is questioned.
      expect(read.open.filter((question) => question.kind === 'figure-check')).toEqual([]);
      const answered = ingest(text, { [asked!.id]: 'warwickshire' });
      expect(answered.areaRecords.map((record) => record.areaId)).toEqual(['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands']);
      expect(ingest(text, { [asked!.id]: LEAVE_OUT }).areaRecords).toHaveLength(3);
    }
  });

  it('asks about a table by area in another shape, reading nothing from it by position', () => {
    const rateByArea = ['Registered Sexual Offenders per 100,000 population by area', '', 'Staffordshire\t150', 'West Midlands\t140', ''].join('\n');
    const withRates = REGIONAL.replace('MAPPA-eligible offenders in Levels 2 and 3', `${rateByArea}\nMAPPA-eligible offenders in Levels 2 and 3`);
    const read = ingest(withRates);
    const asked = read.open.find((question) => question.kind === 'table-shape');
    expect(asked).toMatchObject({ id: `table-shape|${FILE}|line ${lineOf('MAPPA-eligible offenders in Levels 2 and 3')}`, choices: [{ value: LEAVE_OUT }] });
    expect(asked?.why).toMatch(/is not one we can read: only the MAPPA-eligible offenders on 31 March by area, by category, is read/);
    expect(figure(read, 'rsoPer100k')).toBe(162);

    // The table by area with its total column unnamed: never read by position.
    const lines = REGIONAL.split('\n');
    lines[BY_AREA_LINE + 1] = lines[BY_AREA_LINE + 1]!.replace('\tTotal', '\t');
    const shapeless = ingest(lines.join('\n'));
    expect(shapeless.parse.byArea).toEqual([]);
    expect(shapeless.open.find((question) => question.kind === 'table-shape')?.why).toMatch(/was not read: line \d+ has 5 figures under 4 column headings\.$/);
    expect(shapeless.areaRecords).toEqual([]);
  });
});
