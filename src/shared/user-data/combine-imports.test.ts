import { describe, expect, it } from 'vitest';
import { seedReport } from '../../../tests/helpers/seed-report';
import type { Cell } from '../../domain/cell';
import { listFigures } from '../../domain/figure-catalogue';
import type { Provenance } from '../../domain/provenance';
import type { AreaYearReport } from '../../domain/report-schema';
import { combineImports, combinedCell, type ImportRecord } from './combine-imports';
import { overlayImport } from '../model/overlay-import';
import { cellsById, mapReportCells } from '../../domain/report-cells';

const FIRST: Provenance = { kind: 'imported', fileName: 'kent-a.txt', importedAt: '2024-05-01T10:00:00.000Z' };
const SECOND: Provenance = { kind: 'imported', fileName: 'kent-b.csv', importedAt: '2024-05-02T10:00:00.000Z' };

/** The seed report as Kent's, from `provenance`, with some figures changed. */
function kent(provenance: Provenance, changes: Record<string, Cell> = {}): AreaYearReport {
  const report = { ...seedReport(), areaId: 'kent', provenance };
  return mapReportCells(report, (figureId, cell) => changes[figureId] ?? cell);
}

function record(report: AreaYearReport, figureIds?: string[]): ImportRecord {
  return { report, figureIds, savedAt: report.provenance.kind === 'imported' ? report.provenance.importedAt : '' };
}

const value = (n: number): Cell => ({ kind: 'value', value: n });

describe('mapReportCells and cellsById', () => {
  it('round-trips every figure of a report unchanged', () => {
    const report = seedReport();
    expect(mapReportCells(report, (_id, cell) => cell)).toEqual(report);
    expect([...cellsById(report).keys()]).toEqual(listFigures(report).map((figure) => figure.id));
  });

  it('replaces a figure by its id without touching the original', () => {
    const report = seedReport();
    const changed = mapReportCells(report, (figureId, cell) => (figureId === 'snapshot.level1.category3' ? value(0) : cell));
    expect(changed.snapshot.cells.level1.category3).toEqual(value(0));
    expect(report.snapshot.cells.level1.category3).toEqual(value(1));
    expect(cellsById(changed).get('orders.shpo')).toEqual(value(253));
  });
});

describe('combinedCell', () => {
  it('gives one value, citing its import, when imports agree or only one gives it', () => {
    expect(combinedCell([{ cell: value(7), source: FIRST }])).toEqual({ kind: 'value', value: 7, source: FIRST });
    expect(
      combinedCell([
        { cell: value(7), source: FIRST },
        { cell: value(7), source: SECOND },
      ]),
    ).toEqual({ kind: 'value', value: 7, source: FIRST });
    expect(combinedCell([])).toEqual({ kind: 'missing' });
    expect(combinedCell([{ cell: { kind: 'not-applicable' }, source: FIRST }])).toEqual({ kind: 'not-applicable' });
  });

  it('keeps a source’s “not published”, citing it, unless another import gives a number', () => {
    const notPublished = { kind: 'missing' as const, notPublishedBy: { source: SECOND, symbol: '[x]' as const, cell: 'Table_3!B17' } };
    expect(combinedCell([{ cell: notPublished, source: SECOND }])).toEqual(notPublished);
    expect(
      combinedCell([
        { cell: { kind: 'missing' }, source: FIRST },
        { cell: notPublished, source: SECOND },
      ]),
    ).toEqual(notPublished);
    expect(
      combinedCell([
        { cell: value(7), source: FIRST },
        { cell: notPublished, source: SECOND },
      ]),
    ).toEqual({ kind: 'value', value: 7, source: FIRST });
  });

  it('makes differing numbers a dispute naming each import', () => {
    expect(
      combinedCell([
        { cell: value(7), source: FIRST },
        { cell: value(9), source: SECOND },
      ]),
    ).toEqual({
      kind: 'disputed',
      claims: [
        { value: 7, source: FIRST },
        { value: 9, source: SECOND },
      ],
    });
  });

  it('shows the newest when one import says "-" and another a number', () => {
    expect(
      combinedCell([
        { cell: value(7), source: FIRST },
        { cell: { kind: 'not-applicable' }, source: SECOND },
      ]),
    ).toEqual({ kind: 'not-applicable' });
    expect(
      combinedCell([
        { cell: { kind: 'not-applicable' }, source: FIRST },
        { cell: value(9), source: SECOND },
      ]),
    ).toEqual({ kind: 'value', value: 9, source: SECOND });
  });
});

describe('combineImports', () => {
  it('passes a single import through, with the figures it gives when partial', () => {
    const whole = kent(FIRST);
    expect(combineImports([record(whole)])).toEqual([whole]);
    expect(combineImports([record(whole, ['revocations'])])).toEqual([{ ...whole, importedFigureIds: ['revocations'] }]);
  });

  it('keeps both imports of Kent 2021-22: revocations 7 and 9 become a dispute, nothing is lost', () => {
    const [combined] = combineImports([record(kent(SECOND, { revocations: value(9) })), record(kent(FIRST, { revocations: value(7) }))]);
    expect(combined?.revocations).toEqual({
      kind: 'disputed',
      claims: [
        { value: 7, source: FIRST },
        { value: 9, source: SECOND },
      ],
    });
    expect(combined?.orders.shpo).toEqual({ kind: 'value', value: 253, source: FIRST });
    expect(combined?.provenance).toEqual(SECOND);
    expect(combined).not.toHaveProperty('importedFigureIds');
  });

  it('combines two partial imports into one partial import of both their figures', () => {
    const [combined] = combineImports([record(kent(FIRST, { revocations: value(7) }), ['revocations']), record(kent(SECOND), ['orders.shpo'])]);
    expect(combined?.importedFigureIds).toEqual(['revocations', 'orders.shpo']);
    expect(combined?.revocations).toEqual({ kind: 'value', value: 7, source: FIRST });
    expect(combined?.orders.shpo).toEqual({ kind: 'value', value: 253, source: SECOND });
  });

  it('gives one report per area and year', () => {
    const other = { ...seedReport(), provenance: FIRST };
    expect(combineImports([record(kent(FIRST)), record(other), record(kent(SECOND))]).map((r) => `${r.areaId}|${r.year}`)).toEqual([
      'kent|2021-22',
      'west-midlands|2021-22',
    ]);
  });
});

describe('overlayImport', () => {
  const served: AreaYearReport = { ...seedReport(), areaId: 'kent' };

  it('takes the served report’s place when the import is whole', () => {
    const whole = kent(FIRST, { revocations: value(7) });
    expect(overlayImport(served, whole)).toEqual(whole);
  });

  it('fills only the figures a partial import gives, each citing the import', () => {
    const partial = { ...kent(SECOND, { revocations: value(7), 'orders.shpo': { kind: 'missing' } }), importedFigureIds: ['revocations'] };
    const merged = overlayImport(served, partial);
    expect(merged.revocations).toEqual({ kind: 'value', value: 7, source: SECOND });
    expect(merged.orders.shpo).toEqual(value(253));
    expect(merged.provenance).toEqual(served.provenance);
    expect(mapReportCells(merged, (id, cell) => (id === 'revocations' ? value(41) : cell))).toEqual(served);
  });
});
