import { describe, expect, it } from 'vitest';
import { listFigures } from '../../domain/figure-catalogue';
import type { Provenance } from '../../domain/provenance';
import { reportSchema } from '../../domain/report-schema';
import { buildReportWire, type ReadFigures } from './build-report-wire';
import { reportFigureIds } from './report-figure-ids';

const PROVENANCE: Provenance = { kind: 'imported', fileName: 'report.txt', importedAt: '2024-05-01T10:00:00Z' };
const NOTHING_FOUND: ReadFigures = {
  figures: [],
  orderWording: 'SOPO/SHPO',
  rateBasis: 'unknown',
};

describe('buildReportWire', () => {
  it('makes every figure not found missing (null), never 0', () => {
    const wire = buildReportWire(NOTHING_FOUND, 'kent', '2021-22', PROVENANCE);
    const report = reportSchema.parse(wire);
    expect(listFigures(report).every((figure) => figure.cell.kind === 'missing')).toBe(true);
    expect(wire.snapshot.cells.level1).toEqual({ category1: null, category2: null, category3: null });
  });

  it('has category 4 keys only from 2022-23', () => {
    const before = buildReportWire(NOTHING_FOUND, 'kent', '2021-22', PROVENANCE);
    const after = buildReportWire(NOTHING_FOUND, 'kent', '2022-23', PROVENANCE);
    expect(Object.keys(before.level23Yearly.columnTotals)).toEqual(['category1', 'category2', 'category3']);
    expect(Object.keys(after.level23Yearly.columnTotals)).toEqual(['category1', 'category2', 'category3', 'category4']);
    expect(reportSchema.safeParse(after).success).toBe(true);
  });

  it('puts the corrections over the figures read, including a correction to null', () => {
    const parse = {
      ...NOTHING_FOUND,
      figures: [
        { figureId: 'revocations', value: 41, source: { lineNumber: 3, text: 'revoked 41' } },
        { figureId: 'orders.shpo', value: 253, source: { lineNumber: 4, text: 'SHPO 253' } },
      ],
    };
    const wire = buildReportWire(parse, 'kent', '2021-22', PROVENANCE, { 'orders.shpo': 250, 'breachOfOrder.level2.category2': '-', revocations: null });
    expect(wire.orders.shpo).toBe(250);
    expect(wire.revocations).toBeNull();
    expect(wire.returnedToCustody.breachOfOrder.cells.level2.category2).toBe('-');
  });

  it('carries the wording and the rate basis', () => {
    const wire = buildReportWire({ figures: [], orderWording: 'SHPO', rateBasis: 'mid-year-estimate' }, 'kent', '2020-21', PROVENANCE);
    expect(wire.returnedToCustody.orderWording).toBe('SHPO');
    expect(wire.rsoPer100k.populationBasis).toBe('mid-year-estimate');
  });
});

describe('reportFigureIds', () => {
  it('lists the ids in the catalogue order, with and without category 4', () => {
    for (const year of ['2021-22', '2022-23']) {
      const report = reportSchema.parse(buildReportWire(NOTHING_FOUND, 'kent', year, PROVENANCE));
      const categories =
        year === '2022-23' ? (['category1', 'category2', 'category3', 'category4'] as const) : (['category1', 'category2', 'category3'] as const);
      expect(reportFigureIds(categories)).toEqual(listFigures(report).map((figure) => figure.id));
    }
  });
});
