import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportWire } from '../../domain/report-schema';
import { readDataBundle } from '../../ingest/bundle/data-bundle';
import { AREAS } from '../../../tests/fixtures/import/texts';
import { seedReportWire } from '../../../tests/helpers/seed-report';
import { savedImportsBundle } from './imports-bundle';
import type { SavedImport } from './saved-imports';

function saved(areaId: string, savedAt: string, fileName: string, figureIds?: string[]): SavedImport {
  const wire: ReportWire = { ...seedReportWire(), areaId, provenance: { kind: 'imported', fileName, importedAt: savedAt } };
  return { key: `${areaId}|2021-22|${savedAt}`, fileName, savedAt, report: reportSchema.parse(wire), wire, ...(figureIds ? { figureIds } : {}) };
}

describe('"Download my imports": the saved imports as one data bundle', () => {
  it('reads back as the same imports: record as stored, file, moment saved and figures given', () => {
    const imports = [
      saved('kent', '2024-05-02T09:00:00.000Z', 'tables.xlsx (sheet Table_2)', ['orders.shpo']),
      saved('gwent', '2024-05-01T10:00:00.000Z', 'gwent.txt'),
    ];
    const read = readDataBundle(savedImportsBundle(imports), 'mappa-my-imports.json', AREAS);
    if (!read.ok) throw new Error(read.message);
    expect(read.imports.map(({ fileName, savedAt, figureIds, report }) => ({ fileName, savedAt, figureIds, report }))).toEqual([
      { fileName: 'gwent.txt', savedAt: '2024-05-01T10:00:00.000Z', figureIds: undefined, report: imports[1]?.wire },
      { fileName: 'tables.xlsx (sheet Table_2)', savedAt: '2024-05-02T09:00:00.000Z', figureIds: ['orders.shpo'], report: imports[0]?.wire },
    ]);
    expect(savedImportsBundle([...imports].reverse())).toBe(savedImportsBundle(imports));
  });
});
