// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData } from '../helpers/fixture-data';
import { comparatorGroup } from '../../src/domain/comparator-groups';
import type { ChartSpec } from '../../src/domain/chart-row';
import type { AreaYearReport } from '../../src/domain/report-schema';
import { hasDrawableValue } from '../../src/domain/value-status';
import { MEASURES } from '../../src/domain/measures';
import { buildCompareChart } from '../../src/features/compare/model/compare-spec';
import { buildLevelsChart } from '../../src/features/levels/model/levels-chart';
import type { YearData } from '../../src/shared/model/year-data';
import { findTable } from '../../src/ingest/spreadsheet/find-table';
import { importLongTable } from '../../src/ingest/spreadsheet/long-table-import';
import { spreadsheetSaveItems } from '../../src/ingest/review/spreadsheet-review-model';
import { readLongTable } from '../../src/ingest/spreadsheet/read-long-table';
import { readWorkbook } from '../../src/ingest/spreadsheet/read-workbook';
import { sheetNamed } from '../../src/ingest/spreadsheet/workbook-model';
import { chartWorkbook, SHEET_NAMES } from '../../src/shared/export/spreadsheet/chart-workbook';
import { writeWorkbook } from '../../src/shared/export/spreadsheet/write-workbook';

const focus = fixtureArea('west-midlands');
const EXPORTED_AT = new Date(Date.UTC(2024, 4, 1, 12));

function compare(measureId: keyof typeof MEASURES, data: YearData, unit: 'count' | 'rate' | 'share' = 'count'): ChartSpec {
  return buildCompareChart({
    areas: fixtureAreas,
    data,
    year: data.year,
    measure: MEASURES[measureId],
    unit,
    focus,
    group: comparatorGroup(fixtureAreas, 'all', focus),
  }).spec;
}

/** The year's data with the real West Midlands report changed, e.g. to leave a figure unpublished. */
function withWestMidlands(data: YearData, change: (report: AreaYearReport) => AreaYearReport): YearData {
  return { ...data, reports: data.reports.map((report) => (report.areaId === 'west-midlands' ? change(report) : report)) };
}

const data2022 = fixtureYearData('2022-23');
const data2021 = fixtureYearData('2021-22');
const specs: [string, ChartSpec][] = [
  ['published, illustrative and disputed figures (category 1, 2022-23)', compare('category1', data2022)],
  ['no figure held (all offenders, 2019-20, gaps scenario)', compare('total', fixtureYearData('2019-20', 'gaps'))],
  [
    'a figure a real report did not publish (revocations)',
    compare(
      'revocations',
      withWestMidlands(data2021, (r) => ({ ...r, revocations: { kind: 'missing' } })),
    ),
  ],
  [
    'a rate that cannot be calculated (no published rate to infer the population)',
    compare(
      'category2',
      withWestMidlands(data2021, (r) => ({ ...r, rsoPer100k: { ...r.rsoPer100k, rate: { kind: 'missing' } } })),
      'rate',
    ),
  ],
  ['figures not applicable (category 4, 2021-22)', compare('category4', data2021)],
  ['rates calculated here, with their counts (category 2 per 100,000)', compare('category2', data2021, 'rate')],
  ['a published rate with decimals (RSOs per 100,000)', compare('rsoPer100k', data2021)],
  ['a data error', compare('level2', { ...data2021, errors: [{ areaId: 'kent', year: '2021-22', message: 'A total does not parse' }] })],
  [
    'a grouped chart with series (levels)',
    buildLevelsChart({
      areas: fixtureAreas,
      data: data2021,
      year: '2021-22',
      focus,
      group: comparatorGroup(fixtureAreas, 'region', focus),
      by: 'level',
      slice: 'all',
      unit: 'count',
      layout: 'panels',
    }).spec,
  ],
];

/** What a reader of the file must get back for a chart row. */
function expected(spec: ChartSpec) {
  return spec.rows.map((row) => ({
    areaId: row.areaId,
    year: row.year,
    measureId: row.measureId,
    series: row.series,
    status: row.status,
    value: hasDrawableValue(row.status) ? row.value : row.status === 'not applicable' ? 'not-applicable' : 'missing',
  }));
}

it('the charts cover every status a value can have', () => {
  const statuses = new Set(specs.flatMap(([, spec]) => spec.rows.map((row) => row.status)));
  expect([...statuses].sort()).toEqual([
    'calculated here',
    'cannot be calculated',
    'data error',
    'illustrative',
    'missing',
    'no figure held',
    'not applicable',
    'published',
    'sources disagree',
  ]);
  expect(specs.some(([, spec]) => spec.rows.some((row) => row.series))).toBe(true);
  expect(specs.some(([, spec]) => spec.rows.some((row) => row.value !== undefined && !Number.isInteger(row.value)))).toBe(true);
});

describe.each(['ods', 'xlsx'] as const)('export and read back (%s)', (format) => {
  it.each(specs)('%s: the same values and statuses', (_, spec) => {
    const bytes = writeWorkbook(chartWorkbook(spec, EXPORTED_AT), format);
    const workbook = readWorkbook(bytes, `chart.${format}`);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Cover', 'Contents', 'Notes', 'Data']);
    expect(sheetNamed(workbook, SHEET_NAMES.cover).title).toBe(spec.title);

    const sheet = sheetNamed(workbook, SHEET_NAMES.data);
    expect(sheet.merges).toEqual([]);
    const found = findTable(sheet, fixtureAreas);
    if (!found.ok) throw new Error(found.message);
    expect(found.table.rows).toHaveLength(spec.rows.length);
    const read = readLongTable(sheet, found.table, fixtureAreas);
    if (!read.ok) throw new Error(read.message);

    expect(
      read.rows.map((row) => ({
        areaId: row.areaId,
        year: row.year,
        measureId: row.measureId,
        series: row.series,
        status: row.status,
        value: row.reading.kind === 'value' ? row.reading.value : row.reading.kind,
      })),
    ).toEqual(expected(spec));
    expect(read.rows.filter((row) => row.problem)).toEqual([]);
    // Not applicable and not published come back as their symbols, not as blanks or zeros.
    for (const row of read.rows) {
      if (row.reading.kind === 'missing') expect(row.reading.reason).toBe('[x]');
      if (row.reading.kind === 'not-applicable') expect(row.reading.symbol).toBe('[z]');
    }
  });

  it('keeps every disputed figure in the source column', () => {
    const spec = specs[0]?.[1];
    if (!spec) throw new Error('no spec');
    const sheet = sheetNamed(readWorkbook(writeWorkbook(chartWorkbook(spec, EXPORTED_AT), format), `chart.${format}`), SHEET_NAMES.data);
    const found = findTable(sheet, fixtureAreas);
    if (!found.ok) throw new Error(found.message);
    const read = readLongTable(sheet, found.table, fixtureAreas);
    if (!read.ok) throw new Error(read.message);
    const herts = read.rows.find((row) => row.areaId === 'hertfordshire');
    expect(herts?.status).toBe('sources disagree');
    expect(herts?.source).toMatch(/^Sources disagree: 816 \(LBC 2024-01-30\); 987 \(The Comet/);
  });
});

describe.each(['ods', 'xlsx'] as const)('through the import glue (%s)', (format) => {
  it('imports published figures back with the same values, as imports of only those figures, and leaves illustrative ones out', () => {
    const spec = compare('category1', data2022);
    const sheet = sheetNamed(readWorkbook(writeWorkbook(chartWorkbook(spec, EXPORTED_AT), format), `chart.${format}`), SHEET_NAMES.data);
    const found = findTable(sheet, fixtureAreas);
    if (!found.ok) throw new Error(found.message);
    const read = readLongTable(sheet, found.table, fixtureAreas);
    if (!read.ok) throw new Error(read.message);
    const result = importLongTable({ workbook: { fileName: `chart.${format}`, format }, sheet, rows: read.rows, importedAt: EXPORTED_AT });
    expect(result.errors).toEqual([]);

    const published = spec.rows.filter((row) => row.status === 'published');
    const illustrative = spec.rows.filter((row) => row.status === 'illustrative');
    expect(published.length).toBeGreaterThan(0);
    expect(illustrative.length).toBeGreaterThan(0);
    for (const row of published) {
      const area = result.areas.find((candidate) => candidate.areaId === row.areaId && candidate.year === row.year);
      expect(Object.values(area?.figures ?? {})).toEqual([expect.objectContaining({ kind: 'value', value: row.value })]);
    }
    for (const row of illustrative) expect(result.areas.some((candidate) => candidate.areaId === row.areaId)).toBe(false);
    expect(result.leftOut.filter((row) => row.reason.startsWith('illustrative'))).toHaveLength(illustrative.length);

    const items = spreadsheetSaveItems(result.areas);
    expect(items.map((item) => item.error)).toEqual(items.map(() => undefined));
    for (const item of items) {
      expect(item.wire.provenance).toMatchObject({ kind: 'imported', fileName: `chart.${format} (sheet Data)` });
      expect(item.given).toHaveLength(1);
    }
  });
});
