import { describe, expect, it } from 'vitest';
import type { ReportWire } from '../../domain/report-schema';
import { AREAS, seedText } from '../../../tests/fixtures/import/texts';
import { ingestReportText } from '../report-text/ingest-report-text';
import { DATA_BUNDLE_FORMAT, dataBundleText, looksLikeDataBundle, readDataBundle, type BundledImport } from './data-bundle';

function seedWire(areaId = 'west-midlands'): ReportWire {
  const read = ingestReportText({
    text: seedText(),
    source: { file: 'west-midlands.pdf' },
    areas: AREAS,
    years: ['2021-22'],
    importedAt: '2024-05-01T10:00:00.000Z',
    answers: { 'report-area|west-midlands.pdf': areaId },
  });
  if (!read.outcome?.wire) throw new Error('the seed did not read');
  return read.outcome.wire;
}

const KENT_PARTIAL: BundledImport = {
  fileName: 'tables.xlsx (sheet Table_2)',
  savedAt: '2024-05-02T09:00:00.000Z',
  figureIds: ['orders.shpo'],
  report: { ...seedWire('kent'), provenance: { kind: 'imported', fileName: 'tables.xlsx (sheet Table_2)', importedAt: '2024-05-02T09:00:00.000Z' } },
};
const WEST_MIDLANDS: BundledImport = { fileName: 'west-midlands.pdf', savedAt: '2024-05-01T10:00:00.000Z', report: seedWire() };

describe('a data bundle of the imports saved in a browser', () => {
  it('reads back every import as written: its file, when it was saved, the figures it gives and its record', () => {
    const text = dataBundleText([WEST_MIDLANDS, KENT_PARTIAL]);
    expect(looksLikeDataBundle(text.slice(0, 200))).toBe(true);
    const read = readDataBundle(text, 'my-imports.json', AREAS);
    if (!read.ok) throw new Error(read.message);
    expect(read.imports.map(({ fileName, savedAt, figureIds, report }) => ({ fileName, savedAt, figureIds, report }))).toEqual([
      { ...KENT_PARTIAL, figureIds: ['orders.shpo'] },
      { ...WEST_MIDLANDS, figureIds: undefined },
    ]);
    expect(read.imports[1]?.checked.snapshot.grandTotal).toEqual({ kind: 'value', value: 5486 });
  });

  it('writes the same imports as the same text, whatever their order', () => {
    expect(dataBundleText([KENT_PARTIAL, WEST_MIDLANDS])).toBe(dataBundleText([WEST_MIDLANDS, KENT_PARTIAL]));
    expect(JSON.parse(dataBundleText([WEST_MIDLANDS]))).toMatchObject({ format: DATA_BUNDLE_FORMAT, version: 1 });
  });

  it('refuses, whole and with each reason, what is not a bundle or holds a bad import', () => {
    const refusal = (text: string) => {
      const read = readDataBundle(text, 'x.json', AREAS);
      return read.ok ? 'read' : read.message;
    };
    expect(refusal('{ not json')).toBe('“x.json” is not a data bundle: it is not valid JSON.');
    expect(refusal('{"imports": []}')).toMatch(/does not say "format": "mappa-compare-data-bundle"/);
    expect(refusal(JSON.stringify({ format: DATA_BUNDLE_FORMAT, version: 2, imports: [] }))).toMatch(
      /version 2; this version of MAPPA Compare reads version 1/,
    );
    expect(refusal(JSON.stringify({ format: DATA_BUNDLE_FORMAT, version: 1, imports: [] }))).toBe('“x.json” is a data bundle with no imports in it.');
    const negative = { ...WEST_MIDLANDS, report: { ...WEST_MIDLANDS.report, revocations: -4 } };
    const unknownArea = { ...WEST_MIDLANDS, report: { ...WEST_MIDLANDS.report, areaId: 'narnia' } };
    const badFigure = { ...KENT_PARTIAL, figureIds: ['orders.lemons'] };
    const message = refusal(dataBundleText([WEST_MIDLANDS, negative, unknownArea, badFigure]));
    expect(message).toMatch(/^“x\.json” was not opened: /);
    expect(message).toMatch(/revocations: Counts cannot be negative/);
    expect(message).toMatch(/the area “narnia” is not one we know/);
    expect(message).toMatch(/orders\.lemons is not a figure of a 2021-22 report/);
    expect(message).toMatch(/Nothing was imported from it\.$/);
  });
});
