import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { seedReport } from '../../../tests/helpers/seed-report';
import { importsToRows } from './imports-csv';

describe('importsToRows', () => {
  const report = { ...seedReport(), provenance: { kind: 'imported' as const, fileName: 'wm.txt', importedAt: '2024-05-01T10:00:00.000Z' } };

  it('lists every figure of a whole import', () => {
    const rows = importsToRows([report], fixtureAreas);
    expect(rows).toHaveLength(58);
    expect(rows[0]).toMatchObject({ areaName: 'West Midlands', year: '2021-22', status: 'imported', source: 'Imported from wm.txt' });
  });

  it('lists only the figures a partial import gives, so a re-import cannot blank the others', () => {
    const rows = importsToRows([{ ...report, importedFigureIds: ['revocations', 'orders.shpo'] }], fixtureAreas);
    expect(rows.map((row) => [row.measureId, row.value])).toEqual([
      ['revocations', 41],
      ['orders.shpo', 253],
    ]);
  });
});
