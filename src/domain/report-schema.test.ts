import { describe, expect, it } from 'vitest';
import { seedReportWire } from '../../tests/helpers/seed-report';
import { parseReportRecords } from '../shared/data/parse-reports';
import { reportSchema } from './report-schema';

describe('reportSchema', () => {
  it('accepts the West Midlands 2021-22 report and keeps "-" apart from 0', () => {
    const report = reportSchema.parse(seedReportWire());
    expect(report.snapshot.grandTotal).toEqual({ kind: 'value', value: 5486 });
    expect(report.returnedToCustody.breachOfOrder.cells.level2.category2).toEqual({ kind: 'not-applicable' });
    expect(report.returnedToCustody.breachOfOrder.cells.level3.category1).toEqual({ kind: 'value', value: 0 });
    expect(report.provenance).toEqual({ kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22', year: '2021-22' });
  });

  it('reads null as a missing figure, never as 0', () => {
    const wire = seedReportWire();
    (wire.orders as Record<string, unknown>).notificationOrders = null;
    expect(reportSchema.parse(wire).orders.notificationOrders).toEqual({ kind: 'missing' });
  });

  it('reads a source’s “not published” with where it says so, and refuses a symbol that is not one', () => {
    const wire = seedReportWire();
    const source = { kind: 'imported', fileName: 'national.ods', importedAt: '2026-11-25T10:00:00Z' } as const;
    (wire.orders as Record<string, unknown>).notificationOrders = { notPublished: { source, symbol: '[c]', cell: 'Table_3!B17' } };
    expect(reportSchema.parse(wire).orders.notificationOrders).toEqual({ kind: 'missing', notPublishedBy: { source, symbol: '[c]', cell: 'Table_3!B17' } });
    (wire.orders as Record<string, unknown>).notificationOrders = { notPublished: { source, symbol: '[z]', cell: 'Table_3!B17' } };
    expect(reportSchema.safeParse(wire).success).toBe(false);
  });

  it('rejects a negative count', () => {
    const wire = seedReportWire();
    (wire.snapshot.cells.level1 as Record<string, unknown>).category1 = -1;
    const result = reportSchema.safeParse(wire);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path.join('.') === 'snapshot.cells.level1.category1')).toBe(true);
  });

  it('rejects text and fractions where a count should be', () => {
    const text = seedReportWire();
    (text.orders as Record<string, unknown>).shpo = '253';
    expect(reportSchema.safeParse(text).success).toBe(false);
    const fraction = seedReportWire();
    (fraction.orders as Record<string, unknown>).shpo = 25.3;
    expect(reportSchema.safeParse(fraction).success).toBe(false);
  });

  it('accepts a decimal rate per 100,000 but not a negative one', () => {
    const decimal = seedReportWire();
    decimal.rsoPer100k.rate = 131.6;
    expect(reportSchema.parse(decimal).rsoPer100k.rate).toEqual({ kind: 'value', value: 131.6 });
    const negative = seedReportWire();
    negative.rsoPer100k.rate = -5;
    expect(reportSchema.safeParse(negative).success).toBe(false);
  });

  it.each(['2021', '2021-2022', '2021-23', '21-22', '2021/22', ''])('rejects the year "%s"', (year) => {
    const wire = { ...seedReportWire(), year } as unknown;
    expect(reportSchema.safeParse(wire).success).toBe(false);
  });

  it('rejects category 4 before 2022-23', () => {
    const wire = seedReportWire();
    (wire.snapshot.cells.level1 as Record<string, unknown>).category4 = 3;
    const result = reportSchema.safeParse(wire);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Category 4 did not exist before 2022-23/);
  });

  it('accepts category 4 from 2022-23', () => {
    const wire = { ...seedReportWire(), year: '2022-23' } as ReturnType<typeof seedReportWire>;
    (wire.snapshot.cells.level1 as Record<string, unknown>).category4 = 3;
    expect(reportSchema.parse(wire).snapshot.cells.level1.category4).toEqual({ kind: 'value', value: 3 });
  });

  it('rejects unknown fields rather than silently dropping them', () => {
    const wire = { ...seedReportWire(), snapshots: {} };
    expect(reportSchema.safeParse(wire).success).toBe(false);
  });
});

describe('parseReportRecords', () => {
  const known = new Set(['west-midlands', 'kent']);

  it('keeps good records and names the bad one', () => {
    const bad = seedReportWire();
    bad.areaId = 'kent';
    (bad.snapshot.cells.level1 as Record<string, unknown>).category1 = -12;
    const result = parseReportRecords([seedReportWire(), bad], known);
    expect(result.reports.map((r) => r.areaId)).toEqual(['west-midlands']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ areaId: 'kent', year: '2021-22' });
    expect(result.errors[0]?.message).toMatch(/snapshot\.cells\.level1\.category1: Counts cannot be negative/);
  });

  it('rejects a record for an unknown area', () => {
    const unknown = { ...seedReportWire(), areaId: 'atlantis' };
    const result = parseReportRecords([unknown], known);
    expect(result.reports).toHaveLength(0);
    expect(result.errors[0]?.message).toBe('Unknown area "atlantis"');
  });

  it('reports a duplicate record instead of showing two', () => {
    const result = parseReportRecords([seedReportWire(), seedReportWire()], known);
    expect(result.reports).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(/second report/);
  });

  it('turns a record for another year into a data error for the year asked for, never shown as that year', () => {
    const result = parseReportRecords([{ ...seedReportWire(), year: '2022-23' }], known, { year: '2023-24' });
    expect(result.reports).toHaveLength(0);
    expect(result.errors).toEqual([{ areaId: 'west-midlands', year: '2023-24', message: 'Asked for 2023-24 but the record is for 2022-23' }]);
  });

  it('turns a record for another area into a data error for the area asked for', () => {
    const result = parseReportRecords([seedReportWire()], known, { areaId: 'kent' });
    expect(result.reports).toHaveLength(0);
    expect(result.errors).toEqual([{ areaId: 'kent', year: '2021-22', message: 'Asked for kent but the record is for west-midlands' }]);
  });

  it('names a record with no area as an error rather than dropping it', () => {
    const { areaId: _dropped, ...noArea } = seedReportWire();
    const result = parseReportRecords([noArea], known, { year: '2021-22' });
    expect(result.reports).toHaveLength(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(/areaId/);
  });

  it('charges a record naming no area, or one the areas list lacks, to no area but to the year it was served as', () => {
    const { areaId: _dropped, ...noArea } = seedReportWire();
    const unknown = { ...seedReportWire(), areaId: 'west-midlandz' };
    const broken = { ...seedReportWire(), areaId: 'atlantis', year: 'soon' };
    const result = parseReportRecords([noArea, unknown, broken], known, { year: '2021-22' });
    expect(result.errors.map(({ areaId, year }) => ({ areaId, year }))).toEqual([
      { areaId: undefined, year: '2021-22' },
      { areaId: undefined, year: '2021-22' },
      { areaId: undefined, year: '2021-22' },
    ]);
    expect(result.errors[1]?.message).toBe('Unknown area "west-midlandz"');
    expect(result.errors[2]?.message).toMatch(/^Unknown area "atlantis"; year: /);
  });

  it("charges a refused record in an area's own answer to that area", () => {
    const { areaId: _dropped, ...noArea } = seedReportWire();
    const result = parseReportRecords([noArea, { ...seedReportWire(), areaId: 'atlantis', year: '2020-21' }], known, { areaId: 'kent' });
    expect(result.errors.map(({ areaId, year }) => ({ areaId, year }))).toEqual([
      { areaId: 'kent', year: '2021-22' },
      { areaId: 'kent', year: '2020-21' },
    ]);
  });

  it('survives records that are not objects at all', () => {
    const result = parseReportRecords([null, 42, 'x', []], known);
    expect(result.reports).toHaveLength(0);
    expect(result.errors).toHaveLength(4);
  });
});
