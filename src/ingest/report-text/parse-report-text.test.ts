import { describe, expect, it } from 'vitest';
import expectedSeed from '../../../mocks/sources/west-midlands-2021-22.report.json';
import { AREAS, fixtureText, replaceLine, seedText, withoutLines } from '../../../tests/fixtures/import/texts';
import { findInconsistentTotals } from '../../domain/consistency';
import { listFigures } from '../../domain/figure-catalogue';
import type { Provenance } from '../../domain/provenance';
import { reportSchema } from '../../domain/report-schema';
import { buildReportWire } from '../common/build-report-wire';
import { parseReportText, type ReportTextParse } from './parse-report-text';
import { reportFigureIds } from '../common/report-figure-ids';

const PROVENANCE: Provenance = { kind: 'imported', fileName: 'report.txt', importedAt: '2024-05-01T10:00:00Z' };
const BREACH_TABLES = ['breachOfLicence', 'breachOfOrder'] as const;

function parse(text: string): ReportTextParse {
  return parseReportText(text, AREAS);
}

function valuesOf(result: ReportTextParse): Record<string, number | '-' | null> {
  return Object.fromEntries(result.figures.map((figure) => [figure.figureId, figure.value]));
}

function seedWireFrom(result: ReportTextParse) {
  return buildReportWire(result, 'west-midlands', '2021-22', PROVENANCE);
}

const SEED_VALUES = valuesOf(parse(seedText()));

describe('parseReportText on the published West Midlands 2021-22 report', () => {
  const result = parse(seedText());

  it('reads the area and year from the title, citing the lines', () => {
    expect(result.outcome).toBe('ok');
    expect(result.areaId).toBe('west-midlands');
    expect(result.areaEvidence).toEqual({ lineNumber: 3, text: 'West Midlands' });
    expect(result.year).toBe('2021-22');
    expect(result.yearEvidence).toEqual({ lineNumber: 7, text: 'Annual Report 2021-22' });
  });

  it('finds every table and every figure, with no warnings', () => {
    expect(result.tablesMissing).toEqual([]);
    expect(result.tablesFound).toHaveLength(8);
    expect(result.notFound).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.hasCategory4).toBe(false);
    expect(result.orderWording).toBe('SOPO');
    expect(result.rateBasis).toBe('census-2021');
  });

  it('builds exactly the published record, cell by cell (provenance aside)', () => {
    const wire = seedWireFrom(result);
    expect({ ...wire, provenance: null }).toEqual({ ...expectedSeed, provenance: null });
    const parsed = listFigures(reportSchema.parse(wire));
    const expected = listFigures(reportSchema.parse(expectedSeed));
    expect(parsed.map((figure) => figure.id)).toEqual(expected.map((figure) => figure.id));
    parsed.forEach((figure, index) => expect({ id: figure.id, cell: figure.cell }).toEqual({ id: figure.id, cell: expected[index]!.cell }));
  });

  it('keeps "-" as not applicable in the breach of SOPO table', () => {
    expect(SEED_VALUES['breachOfOrder.level2.category2']).toBe('-');
    expect(SEED_VALUES['breachOfOrder.total.category3']).toBe('-');
    expect(SEED_VALUES['breachOfOrder.level3.category1']).toBe(0);
  });

  it('lists the figures in catalogue order and cites each to its line', () => {
    expect(result.figures.map((figure) => figure.figureId)).toEqual(listFigures(reportSchema.parse(expectedSeed)).map((f) => f.id));
    const level1 = result.figures.find((figure) => figure.figureId === 'snapshot.level1.total');
    expect(level1).toEqual({ figureId: 'snapshot.level1.total', value: 5432, source: { lineNumber: 98, text: 'Level 1\t3669\t1763\t1\t5432' } });
    const sro = result.figures.find((figure) => figure.figureId === 'sroBreachNotifications');
    expect(sro?.source?.text).toBe('following a breach(es) of a Sexual Risk Order (SRO)\t0');
  });

  it('validates and shows exactly the two published inconsistencies', () => {
    const report = reportSchema.parse(seedWireFrom(result));
    expect(findInconsistentTotals(report)).toEqual([
      { table: 'snapshot', line: { kind: 'row', level: 'level1' }, stated: 5432, computed: 5433, difference: -1 },
      { table: 'snapshot', line: { kind: 'column', category: 'category3' }, stated: 7, computed: 8, difference: -1 },
    ]);
  });
});

describe('parseReportText tolerates how the text was copied', () => {
  it.each([
    ['runs of spaces instead of tabs', (text: string) => text.replace(/\t/g, '   ')],
    [
      'single spaces between the numbers of a row',
      (text: string) => text.replace(/^(Level \d|Total)((?:\t[\d-]+)+)\t?$/gm, (_, label: string, cells: string) => `${label}${cells.replace(/\t/g, ' ')}`),
    ],
    ['CRLF line endings', (text: string) => text.replace(/\n/g, '\r\n')],
    ['non-breaking spaces', (text: string) => text.replace(/ /g, '\u00A0')],
    ['en and em dashes for not applicable', (text: string) => text.replace(/\t-\t-\t/g, '\t\u2013\t\u2014\t')],
    ['thousands separators', (text: string) => text.replace(/^(?:Level \d|Total)\t.*$/gm, (row) => row.replace(/\b(\d)(\d{3})\b/g, '$1,$2'))],
    [
      'headings split across lines',
      (text: string) =>
        text
          .replace('MAPPA-eligible offenders on 31 March 2022', 'MAPPA-eligible offenders\non 31 March 2022')
          .replace('Level 2 and 3 offenders returned to custody', 'Level 2 and 3 offenders\nreturned to custody')
          .replace(
            'Total number of Registered Sexual Offenders per 100,000 population\t145',
            'Total number of Registered Sexual\nOffenders per 100,000 population\t145',
          ),
    ],
  ])('%s', (_name, vary) => {
    const result = parse(vary(seedText()));
    expect(result.outcome).toBe('ok');
    expect(valuesOf(result)).toEqual(SEED_VALUES);
    expect(result.areaId).toBe('west-midlands');
    expect(result.year).toBe('2021-22');
    expect(result.warnings).toEqual([]);
  });

  it('cites lines without their CR, numbered as in the original', () => {
    const result = parse(seedText().replace(/\n/g, '\r\n'));
    const figure = result.figures.find((f) => f.figureId === 'rsoPer100k');
    expect(figure?.source).toEqual({ lineNumber: 135, text: 'Total number of Registered Sexual Offenders per 100,000 population\t145' });
  });

  it('reads "Level 1 3669 1763 1 5432" with single spaces', () => {
    const text = replaceLine(seedText(), 'Level 1\t3669\t1763\t1\t5432', 'Level 1 3669 1763 1 5432');
    expect(valuesOf(parse(text))).toEqual(SEED_VALUES);
  });

  it.each([['2021-2022'], ['2021/22'], ['2021/2022'], ['2021\u201322']])('reads the year written %s', (written) => {
    const result = parse(replaceLine(seedText(), 'Annual Report 2021-22', `Annual Report ${written}`));
    expect(result.year).toBe('2021-22');
    expect(result.yearEvidence).toEqual({ lineNumber: 7, text: `Annual Report ${written}` });
  });
});

describe('parseReportText when the area or year is not in the title', () => {
  it('falls back to the snapshot date for the year', () => {
    const result = parse(replaceLine(seedText(), 'Annual Report 2021-22', ''));
    expect(result.year).toBe('2021-22');
    expect(result.yearEvidence?.text).toBe('MAPPA-eligible offenders on 31 March 2022');
  });

  it('leaves the year undefined when the text never says it', () => {
    const text = seedText().replace(/20(19|20|21|22|23)/g, 'XXXX');
    const result = parse(text);
    expect(result.year).toBeUndefined();
    expect(result.yearEvidence).toBeUndefined();
  });

  it('finds the area in the introduction when the title line is gone', () => {
    const result = parse(replaceLine(seedText(), 'West Midlands', ''));
    expect(result.areaId).toBe('west-midlands');
    expect(result.areaEvidence?.lineNumber).toBe(15);
  });

  it('leaves the area undefined when no area is named', () => {
    const result = parse(seedText().replace(/West Midlands?|England and Wales/g, 'Our'));
    expect(result.areaId).toBeUndefined();
    expect(result.areaEvidence).toBeUndefined();
  });

  it.each([
    ['West Mercia', 'west-mercia'],
    ['WEST MIDLANDS MAPPA', 'west-midlands'],
    ['Avon & Somerset', 'avon-and-somerset'],
    ['Dyfed-Powys', 'dyfed-powys'],
    ['West Mercia and West Midlands', 'west-mercia'],
    ['North Wales', 'north-wales'],
  ])('takes the title %s as %s', (title, areaId) => {
    expect(parse(replaceLine(seedText(), 'West Midlands', title)).areaId).toBe(areaId);
  });

  it('does not take a passing "England and Wales" for the area', () => {
    const text = seedText().replace(/West Midland(s?)/g, 'Our');
    expect(text).toMatch(/legislative changes in England and Wales/);
    expect(parse(text).areaId).toBeUndefined();
    const title = replaceLine(seedText(), 'West Midlands', 'Probation in England and Wales');
    expect(parse(title).areaId).toBe('west-midlands');
    expect(parse(replaceLine(text, 'Our', 'England and Wales')).areaId).toBe('england-and-wales');
  });
});

describe('parseReportText never invents a figure', () => {
  it('leaves a removed section as not found, not 0, and names it', () => {
    const text = withoutLines(seedText(), /^Level 2 and 3 offenders returned to custody$/, /^Total\t1\t-\t-\t1\t$/);
    const result = parse(text);
    expect(result.outcome).toBe('ok');
    expect(result.tablesMissing).toEqual([...BREACH_TABLES]);
    expect(result.message).toMatch(/^Not found in this text: .*returned to custody for breach of licence.*none was set to 0/);
    const breachIds = reportFigureIds(['category1', 'category2', 'category3']).filter((id) => id.startsWith('breachOf'));
    expect(breachIds).toHaveLength(24);
    for (const id of breachIds) {
      expect(result.notFound).toContain(id);
      expect(valuesOf(result)[id]).toBeNull();
    }
    expect(result.notFound).toHaveLength(24);
    const wire = buildReportWire(result, 'west-midlands', '2021-22', PROVENANCE);
    expect(wire.returnedToCustody.breachOfLicence.grandTotal).toBeNull();
    expect(reportSchema.safeParse(wire).success).toBe(true);
  });

  it('leaves the orders not found when their section is gone', () => {
    const text = withoutLines(seedText(), /^Restrictive orders/, /^NOs/);
    const result = parse(text);
    expect(result.tablesMissing).toEqual(['orders']);
    expect(result.notFound).toEqual(['orders.shpo', 'orders.shpoForeignTravel', 'orders.notificationOrders']);
  });

  it('leaves a blank cell null', () => {
    const result = parse(replaceLine(seedText(), 'Level 2\t11\t29\t5\t45', 'Level 2\t11\t\t5\t45'));
    expect(valuesOf(result)['snapshot.level2.category2']).toBeNull();
    expect(valuesOf(result)['snapshot.level2.category3']).toBe(5);
    expect(result.notFound).toEqual(['snapshot.level2.category2']);
  });

  it('warns and reads nothing from a row with more numbers than columns', () => {
    const result = parse(replaceLine(seedText(), 'Level 1\t3669\t1763\t1\t5432', 'Level 1\t3669\t1763\t1\t5432\t12'));
    expect(result.notFound).toEqual(['snapshot.level1.category1', 'snapshot.level1.category2', 'snapshot.level1.category3', 'snapshot.level1.total']);
    expect(result.warnings).toEqual([expect.stringMatching(/^Line 98 \("Level 1"\) has 5 cells but the table has 4 columns/)]);
  });

  it('warns about values that cannot be counts', () => {
    const text = replaceLine(seedText(), 'Level 3\t2\t5\t2\t9', 'Level 3\t2.5\t5\t99999999\t9');
    const result = parse(text);
    expect(valuesOf(result)['snapshot.level3.category1']).toBeNull();
    expect(valuesOf(result)['snapshot.level3.category3']).toBeNull();
    expect(valuesOf(result)['snapshot.level3.category2']).toBe(5);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^Line 100: .*Level 3, Category 1" reads 2\.5, which is not a whole number/),
      expect.stringMatching(/^Line 100: .*Level 3, Category 3" reads 99999999, which is impossibly large/),
    ]);
  });

  it('does not guess between two numbers after a label', () => {
    const text = replaceLine(
      seedText(),
      'Total number of Registered Sexual Offenders per 100,000 population\t145',
      'Total number of Registered Sexual Offenders per 100,000 population 2021 145',
    );
    const result = parse(text);
    expect(valuesOf(result).rsoPer100k).toBeNull();
    expect(result.warnings).toEqual([expect.stringMatching(/^Line 135: two numbers follow/)]);
  });

  it('does not read prose that starts like a row', () => {
    const text = seedText().replace('Level 3\t2\t5\t2\t9', 'Level 3 is where 2 of our 9 cases were');
    const result = parse(text);
    expect(result.notFound).toEqual(['snapshot.level3.category1', 'snapshot.level3.category2', 'snapshot.level3.category3', 'snapshot.level3.total']);
  });
});

describe('parseReportText with blank cells in a space-aligned table', () => {
  const table = [
    'MAPPA Annual Report 2021-22',
    '',
    'MAPPA-eligible offenders on 31 March 2022',
    '             Category 1     Category 2     Category 3     Total',
    'Level 1            3669           1763                     5432',
    'Level 2              11             29              5        45',
    'Level 3               2              5              2         9',
    'Total              3682           1797              7      5486',
  ];

  it('places the numbers under their columns', () => {
    const result = parse(table.join('\n'));
    const values = valuesOf(result);
    expect(values['snapshot.level1.category2']).toBe(1763);
    expect(values['snapshot.level1.category3']).toBeNull();
    expect(values['snapshot.level1.total']).toBe(5432);
    expect(result.warnings).toEqual([]);
  });

  it('leaves the row blank when the numbers cannot be placed', () => {
    const lines = [...table];
    lines[4] = 'Level 1 3669 1763 5432';
    const result = parse(lines.join('\n'));
    expect(valuesOf(result)['snapshot.level1.total']).toBeNull();
    expect(valuesOf(result)['snapshot.level1.category1']).toBeNull();
    expect(result.warnings).toEqual([expect.stringMatching(/^Line 5 \("Level 1"\) has 3 cells for 4 columns and no tabs/)]);
  });
});

describe('parseReportText wording and notes', () => {
  it.each([
    ['Breach of SOPO', 'SOPO'],
    ['Breach of SHPO', 'SHPO'],
    ['Breach of SOPO/SHPO', 'SOPO/SHPO'],
    ['Breach of SOPO or SHPO', 'SOPO/SHPO'],
  ] as const)('records "%s" as %s', (heading, wording) => {
    const result = parse(replaceLine(seedText(), 'Breach of SOPO\t\t\t\t\t', `${heading}\t\t\t\t\t`));
    expect(result.orderWording).toBe(wording);
    expect(valuesOf(result)).toEqual(SEED_VALUES);
  });

  it('reads a mid-year estimate as the rate basis', () => {
    const text = withoutLines(seedText(), /^This figure has been calculated using the 21 March 2021 census/, /^This figure/)
      .replace('Previously, we have based this figure on the mid-year', 'We have based this figure on the mid-year')
      .replace(/census/g, 'count');
    expect(parse(text).rateBasis).toBe('mid-year-estimate');
  });

  it('says unknown when the rate is missing', () => {
    const text = withoutLines(seedText(), /^Total number of Registered Sexual Offenders/, /^Previously/);
    const result = parse(text);
    expect(result.rateBasis).toBe('unknown');
    expect(result.tablesMissing).toEqual(['rsoPer100k']);
  });

  it('warns when a 2021-22 report has category 4 columns', () => {
    const text = seedText().replace('Other dangerous\tTotal', 'Other dangerous\tCategory 4: Terrorist\tTotal');
    const result = parse(text);
    expect(result.hasCategory4).toBe(false);
    expect(result.warnings).toEqual([expect.stringMatching(/MAPPA-eligible offenders on 31 March" has a category 4 column, but 2021-22 had no category 4/)]);
  });
  it('keeps the title year but warns when the snapshot date disagrees, leaving category 4 blank', () => {
    const result = parse(replaceLine(seedText(), 'Annual Report 2021-22', 'Annual Report 2022-23'));
    expect(result.year).toBe('2022-23');
    expect(result.hasCategory4).toBe(true);
    expect(valuesOf(result)['snapshot.level1.category3']).toBe(1);
    expect(valuesOf(result)['snapshot.level1.total']).toBe(5432);
    expect(result.notFound).toHaveLength(13);
    expect(result.notFound.every((id) => id.endsWith('.category4'))).toBe(true);
    expect(result.warnings).toEqual([
      'The title says 2022-23 but line 95 gives the snapshot date of 2021-22: check the year.',
      expect.stringMatching(/have no category 4 column, although 2022-23 has category 4; those category 4 figures are left blank\.$/),
    ]);
  });
});

describe('parseReportText on a 2022-23 report with category 4', () => {
  const result = parse(fixtureText('synthetic-greater-manchester-2022-23.txt'));
  const values = valuesOf(result);

  it('reads the category 4 column of every table', () => {
    expect(result.outcome).toBe('ok');
    expect(result.areaId).toBe('greater-manchester');
    expect(result.year).toBe('2022-23');
    expect(result.hasCategory4).toBe(true);
    expect(result.notFound).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.orderWording).toBe('SHPO');
    expect(values['snapshot.level1.category4']).toBe(12);
    expect(values['snapshot.level1.total']).toBe(5917);
    expect(values['snapshot.total.total']).toBe(6011);
    expect(values['level23Yearly.total.category4']).toBe(14);
    expect(values['breachOfLicence.level2.category4']).toBe(1);
    expect(values['breachOfOrder.total.category4']).toBe('-');
    expect(values.rsoPer100k).toBe(152);
  });

  it('builds a valid record whose totals add up', () => {
    const wire = buildReportWire(result, 'greater-manchester', '2022-23', PROVENANCE);
    expect(wire.snapshot.cells.level2.category4).toBe(6);
    expect(findInconsistentTotals(reportSchema.parse(wire))).toEqual([]);
  });

  it('reads the same figures when the columns are separated by spaces', () => {
    const spaced = parse(fixtureText('synthetic-greater-manchester-2022-23.txt').replace(/\t/g, '    '));
    expect(valuesOf(spaced)).toEqual(values);
    expect(spaced.warnings).toEqual([]);
  });

  it('reads category 4 from the headers when the year is unknown', () => {
    const text = fixtureText('synthetic-greater-manchester-2022-23.txt').replace(/20(21|22|23)/g, 'XXXX');
    const unknownYear = parse(text);
    expect(unknownYear.year).toBeUndefined();
    expect(unknownYear.hasCategory4).toBe(true);
    expect(valuesOf(unknownYear)['snapshot.level3.category4']).toBe(4);
  });
});

describe('parseReportText on text that is not a report', () => {
  it('says which tables it looked for', () => {
    const result = parse(fixtureText('not-a-mappa-report.txt'));
    expect(result.outcome).toBe('not-a-report');
    expect(result.message).toMatch(/^This text has no MAPPA statistics tables: we looked for 'MAPPA-eligible offenders on 31 March'/);
    expect(result.tablesFound).toEqual([]);
    expect(result.figures.every((figure) => figure.value === null && figure.source === null)).toBe(true);
    expect(result.notFound).toHaveLength(result.figures.length);
  });

  it.each([[''], ['   '], ['\n\r\n\t \u00A0\n']])('calls %j empty', (text) => {
    const result = parse(text);
    expect(result.outcome).toBe('empty');
    expect(result.message).toMatch(/empty/);
    expect(result.notFound).toHaveLength(58);
  });
});
