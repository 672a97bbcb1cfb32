import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seedReport, seedReportWire } from '../../../tests/helpers/seed-report';
import { AREAS } from '../../../tests/fixtures/import/texts';
import type { ChartRow } from '../../domain/chart-row';
import { statusOf } from '../../domain/cell-status';
import { listFigures } from '../../domain/figure-catalogue';
import { tidyCsv } from '../../shared/export/csv';
import type { Provenance } from '../../domain/provenance';
import { reportSchema } from '../../domain/report-schema';
import { buildReportWire } from '../common/build-report-wire';
import type { FigureValue } from '../common/figure-values';
import { TIDY_CSV_COLUMNS } from '../../domain/tidy-csv';
import { parseTidyCsv } from './parse-tidy-csv';

const HEADER = TIDY_CSV_COLUMNS.join(',');
const SOURCE = 'West Midlands MAPPA Annual Report 2021-22';

/** Neutralises a cell the way the exporter does, so a spreadsheet never runs it as a formula. */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The seed report as the CSV export would write it. */
function seedCsv(): string {
  const rows = listFigures(seedReport()).map((figure) => {
    const cell = figure.cell;
    const value = cell.kind === 'value' ? String(cell.value) : '';
    const status = cell.kind === 'value' ? 'published' : cell.kind === 'not-applicable' ? 'not applicable' : 'missing';
    const unit = figure.id === 'rsoPer100k' ? 'per 100,000 population aged 10 and over' : 'number of people';
    return ['West Midlands', 'west-midlands', '2021-22', figure.label, figure.id, value, unit, status, SOURCE].map(neutralise);
  });
  return Papa.unparse({ fields: [...TIDY_CSV_COLUMNS], data: rows }, { newline: '\n' });
}

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

const AREA_NAMES: Readonly<Record<string, string>> = { 'west-midlands': 'West Midlands', 'west-mercia': 'West Mercia' };

function row(
  measureId: string,
  value: string,
  status = 'published',
  overrides: { areaId?: string; areaName?: string; year?: string; measure?: string } = {},
): string {
  const measure = overrides.measure ?? 'A figure';
  return [
    overrides.areaName ?? AREA_NAMES[overrides.areaId ?? 'west-midlands'] ?? '',
    overrides.areaId ?? 'west-midlands',
    overrides.year ?? '2021-22',
    measure,
    measureId,
    value,
    'number of people',
    status,
    SOURCE,
  ].join(',');
}

function errorsOf(text: string) {
  const result = parseTidyCsv(text, AREAS);
  if (result.ok) throw new Error('Expected errors, got groups');
  return result.errors;
}

function groupsOf(text: string) {
  const result = parseTidyCsv(text, AREAS);
  if (!result.ok) throw new Error(`Expected groups, got errors: ${JSON.stringify(result.errors)}`);
  return result;
}

const PROVENANCE: Provenance = { kind: 'imported', fileName: 'mappa.csv', importedAt: '2024-05-01T10:00:00Z' };

/** The seed report's figures exported by the app's own CSV export. */
function exportedSeedCsv(): string {
  const report = seedReport();
  const rows = listFigures(report).map((figure): ChartRow => {
    const { status, source } = statusOf(figure.cell, report.provenance);
    return {
      areaId: report.areaId,
      areaName: 'West Midlands',
      year: report.year,
      measureId: figure.id,
      measureLabel: figure.label,
      cell: figure.cell,
      value: figure.cell.kind === 'value' ? figure.cell.value : undefined,
      unit: 'people',
      status,
      source,
      isFocus: true,
      isReference: false,
    };
  });
  return tidyCsv(rows);
}

describe('parseTidyCsv round trip', () => {
  it('reads back what the CSV export writes (BOM, CRLF, series column)', () => {
    const { groups, warnings } = groupsOf(exportedSeedCsv());
    expect(warnings).toEqual([]);
    expect(groups).toHaveLength(1);
    const wire = buildReportWire(
      { figures: [], orderWording: 'SOPO', rateBasis: 'census-2021' },
      groups[0]!.areaId,
      groups[0]!.year,
      PROVENANCE,
      groups[0]!.figures,
    );
    expect({ ...wire, provenance: null }).toEqual({ ...seedReportWire(), provenance: null });
  });

  it('reads back every figure of the exported seed report', () => {
    const { groups, warnings } = groupsOf(seedCsv());
    expect(warnings).toEqual([]);
    expect(groups).toHaveLength(1);
    const group = groups[0]!;
    expect(group.areaId).toBe('west-midlands');
    expect(group.year).toBe('2021-22');
    const expected: Record<string, FigureValue> = Object.fromEntries(
      listFigures(seedReport()).map((figure) => [
        figure.id,
        figure.cell.kind === 'value' ? figure.cell.value : figure.cell.kind === 'not-applicable' ? '-' : null,
      ]),
    );
    expect(group.figures).toEqual(expected);
    const wire = buildReportWire({ figures: [], orderWording: 'SOPO', rateBasis: 'census-2021' }, group.areaId, group.year, PROVENANCE, group.figures);
    expect({ ...wire, provenance: null }).toEqual({ ...seedReportWire(), provenance: null });
    expect(reportSchema.safeParse(wire).success).toBe(true);
  });

  it('accepts a UTF-8 byte order mark and CRLF line endings', () => {
    const text = `\uFEFF${seedCsv().replace(/\n/g, '\r\n')}`;
    expect(groupsOf(text).groups[0]!.figures['snapshot.total.total']).toBe(5486);
  });

  it('groups rows by area and year', () => {
    const text = csv(
      row('revocations', '41'),
      row('revocations', '12', 'published', { areaId: 'west-mercia' }),
      row('revocations', '39', 'published', { year: '2020-21' }),
    );
    expect(groupsOf(text).groups).toEqual([
      { areaId: 'west-midlands', year: '2021-22', figures: { revocations: 41 }, lines: { revocations: 2 } },
      { areaId: 'west-mercia', year: '2021-22', figures: { revocations: 12 }, lines: { revocations: 3 } },
      { areaId: 'west-midlands', year: '2020-21', figures: { revocations: 39 }, lines: { revocations: 4 } },
    ]);
  });

  it('never reads an illustrative (synthetic) value back as a real figure', () => {
    const text = csv(row('revocations', '41', 'illustrative'), row('orders.shpo', '253'));
    const { groups, warnings } = groupsOf(text);
    expect(groups).toEqual([{ areaId: 'west-midlands', year: '2021-22', figures: { 'orders.shpo': 253 }, lines: { 'orders.shpo': 3 } }]);
    expect(warnings).toEqual([
      { line: 2, field: 'value_status', message: 'Skipped revocations: an illustrative (synthetic) value is never imported as a real figure.' },
    ]);
  });

  it('reads quoted fields with commas, quotes and line breaks, keeping line numbers right', () => {
    const quoted = '"Breach of SOPO/SHPO: Level 2, ""total""\nsecond line"';
    const text = csv(row('breachOfOrder.level2.total', '1', 'published', { measure: quoted }), row('revocations', 'many'));
    expect(errorsOf(text)).toEqual([{ line: 4, field: 'value', message: '"many" is not a number.' }]);
    expect(groupsOf(csv(row('breachOfOrder.level2.total', '1', 'published', { measure: quoted }))).groups[0]!.figures).toEqual({
      'breachOfOrder.level2.total': 1,
    });
  });

  it('strips the quote the exporter puts before = + - @', () => {
    const text = csv(row('revocations', '41', 'published', { measure: "'=SUM(A1)" }));
    expect(groupsOf(text).groups[0]!.figures).toEqual({ revocations: 41 });
    expect(errorsOf(csv(row('revocations', "'-3")))).toEqual([{ line: 2, field: 'value', message: '-3 is negative.' }]);
    // A quote before anything else is part of the text.
    expect(errorsOf(csv(row('revocations', "'3")))).toEqual([{ line: 2, field: 'value', message: `"'3" is not a number.` }]);
  });

  it('accepts decimals for the rate only', () => {
    expect(groupsOf(csv(row('rsoPer100k', '145.5'))).groups[0]!.figures).toEqual({ rsoPer100k: 145.5 });
  });

  it('treats not applicable and missing rows as "-" and null', () => {
    const text = csv(row('breachOfOrder.level2.category2', '', 'not applicable'), row('revocations', '', 'missing'));
    expect(groupsOf(text).groups[0]!.figures).toEqual({ 'breachOfOrder.level2.category2': '-', revocations: null });
  });
});

describe('parseTidyCsv skips what is not a report figure', () => {
  it('skips calculated rates and shares with a warning', () => {
    const result = groupsOf(
      csv(row('level23Share', '3.6', 'calculated here'), row('snapshot.level1.category1', '73.4', 'calculated here'), row('revocations', '41')),
    );
    expect(result.groups[0]!.figures).toEqual({ revocations: 41 });
    expect(result.warnings).toEqual([
      { line: 2, field: 'measure_id', message: expect.stringMatching(/^Skipped "level23Share": not a report figure/) },
      { line: 3, field: 'value_status', message: expect.stringMatching(/^Skipped a value calculated here/) },
    ]);
  });

  it('imports the value used for a disputed figure, and a disputed figure without a value as missing, with warnings', () => {
    const withValue = groupsOf(csv(row('revocations', '41', 'sources disagree')));
    expect(withValue.groups[0]!.figures).toEqual({ revocations: 41 });
    expect(withValue.warnings).toEqual([
      {
        line: 2,
        field: 'value_status',
        message: 'revocations: published sources disagree; imported the value the export used (41). The other figures are in its source column, not imported.',
      },
    ]);
    const withoutValue = groupsOf(csv(row('revocations', '', 'sources disagree')));
    expect(withoutValue.groups[0]!.figures).toEqual({ revocations: null });
    expect(withoutValue.warnings[0]?.message).toBe('revocations is marked "sources disagree" with no value; imported as missing.');
  });

  it('imports data errors as missing, with a warning', () => {
    const result = groupsOf(csv(row('revocations', '', 'data error')));
    expect(result.groups[0]!.figures).toEqual({ revocations: null });
    expect(result.warnings).toEqual([{ line: 2, field: 'value_status', message: 'revocations is marked "data error"; imported as missing.' }]);
  });
});

describe('parseTidyCsv errors', () => {
  it('names the missing columns', () => {
    const errors = errorsOf('area,area_id,year,measure,value,unit,source\nWest Midlands,west-midlands,2021-22,x,1,y,z');
    expect(errors).toEqual([{ line: 1, message: 'The header is missing the columns measure_id, value_status.' }]);
  });

  it('asks for a header when the first row is data', () => {
    const errors = errorsOf(row('revocations', '41'));
    expect(errors).toEqual([{ line: 1, message: expect.stringMatching(/^The first row must be the header: area,area_id,year/) }]);
  });

  it('rejects an empty file and a file with only a header', () => {
    expect(errorsOf('')).toEqual([{ line: 1, message: expect.stringMatching(/^The file is empty/) }]);
    expect(errorsOf(`\uFEFF${HEADER}\n`)).toEqual([{ line: 1, message: 'The file has a header row but no data rows.' }]);
  });

  it.each([
    ['-3', '-3 is negative.'],
    ['abc', '"abc" is not a number.'],
    ['2.5', '2.5 is not a whole number of people.'],
    ['1e3', '"1e3" is not a number.'],
    ['20000000', '20000000 is impossibly large.'],
    ['', 'The value is empty, but its status is "published".'],
  ])('rejects the count %j with its line and field', (value, message) => {
    expect(errorsOf(csv(row('revocations', '41', 'published', { areaId: 'west-mercia' }), row('revocations', value)))).toEqual([
      { line: 3, field: 'value', message },
    ]);
  });

  it('rejects a row whose area name says another area than its area id', () => {
    expect(errorsOf(csv(row('revocations', '41', 'published', { areaId: 'west-mercia', areaName: 'West Midlands' })))).toEqual([
      { line: 2, field: 'area', message: 'The area "West Midlands" does not match the area id "west-mercia"; correct one of them.' },
    ]);
  });

  it('accepts a common variant of the area name beside its id', () => {
    const result = parseTidyCsv(csv(row('revocations', '41', 'published', { areaId: 'west-mercia', areaName: 'West Mercia MAPPA' })), AREAS);
    expect(result.ok).toBe(true);
  });

  it('rejects an unknown area id', () => {
    expect(errorsOf(csv(row('revocations', '41', 'published', { areaId: 'atlantis' })))).toEqual([
      { line: 2, field: 'area_id', message: 'Unknown area id "atlantis".' },
    ]);
  });

  it.each([['2021-23'], ['2021'], ['last year']])('rejects the year %j', (year) => {
    expect(errorsOf(csv(row('revocations', '41', 'published', { year })))).toEqual([
      { line: 2, field: 'year', message: `"${year}" is not a year like 2021-22.` },
    ]);
  });

  it('rejects category 4 figures before 2022-23', () => {
    expect(errorsOf(csv(row('snapshot.level1.category4', '3')))).toEqual([
      { line: 2, field: 'measure_id', message: 'snapshot.level1.category4: category 4 did not exist in 2021-22.' },
    ]);
    expect(groupsOf(csv(row('snapshot.level1.category4', '3', 'published', { year: '2022-23' }))).groups).toHaveLength(1);
  });

  it.each([['not applicable'], ['missing']])('rejects a %s row with a value', (status) => {
    expect(errorsOf(csv(row('revocations', '0', status)))).toEqual([
      { line: 2, field: 'value', message: `A "${status}" row must have an empty value, not "0".` },
    ]);
  });

  it('rejects an unknown value status', () => {
    expect(errorsOf(csv(row('revocations', '41', 'guessed')))).toEqual([
      { line: 2, field: 'value_status', message: expect.stringMatching(/^"guessed" is not a value status/) },
    ]);
  });

  it('rejects the same figure twice with different values, but not twice the same', () => {
    expect(errorsOf(csv(row('revocations', '41'), row('orders.shpo', '253'), row('revocations', '42')))).toEqual([
      { line: 4, field: 'value', message: 'revocations for west-midlands 2021-22 appears twice with different values: 41 on line 2 and 42 here.' },
    ]);
    expect(groupsOf(csv(row('revocations', '41'), row('revocations', '41'))).groups[0]!.figures).toEqual({ revocations: 41 });
  });

  it('rejects rows with the wrong number of fields and broken quotes', () => {
    expect(errorsOf(csv('West Midlands,west-midlands,2021-22'))).toEqual([{ line: 2, message: 'The row has 3 fields; the header has 9.' }]);
    expect(errorsOf(csv(row('revocations', '41'), 'West Midlands,"unterminated'))).toEqual([
      { line: 3, message: 'A quoted field is never closed: its closing " is missing.' },
    ]);
  });

  it('reports every bad row, not just the first', () => {
    const errors = errorsOf(csv(row('revocations', '-1'), row('orders.shpo', 'x'), row('orders.shpoForeignTravel', '1', 'published', { areaId: 'nowhere' })));
    expect(errors.map((error) => [error.line, error.field])).toEqual([
      [2, 'value'],
      [3, 'value'],
      [4, 'area_id'],
    ]);
  });
});
