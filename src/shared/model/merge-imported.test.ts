import { describe, expect, it } from 'vitest';
import { seedReport } from '../../../tests/helpers/seed-report';
import { fixtureYearData } from '../../../tests/helpers/fixture-data';
import type { AreaYearReport } from '../../domain/report-schema';
import { cellText } from '../../domain/cell-text';
import { MEASURES } from '../../domain/measures';
import { mergeImported } from './merge-imported';
import { measureValue } from './measure-values';

const KENT_CSV = { kind: 'imported' as const, fileName: 'kent.csv', importedAt: '2026-11-25T10:00:00Z' };

function importedKent(): AreaYearReport {
  return { ...seedReport(), areaId: 'kent', provenance: { kind: 'imported', fileName: 'kent.pdf', importedAt: '2026-11-25T10:00:00Z' } };
}

function servedKent(year = '2021-22'): AreaYearReport {
  const report = fixtureYearData(year).reports.find((r) => r.areaId === 'kent');
  if (!report) throw new Error('no served Kent');
  return report;
}

describe('mergeImported', () => {
  it('replaces the served report of the same area and year and says so', () => {
    const imported = importedKent();
    const merged = mergeImported(fixtureYearData('2021-22'), [imported]);
    expect(merged.overridden).toEqual(['kent']);
    expect(merged.partial).toEqual([]);
    expect(merged.reports.filter((r) => r.areaId === 'kent')).toEqual([imported]);
    expect(merged.reports).toHaveLength(43);
  });

  it('ignores imports of other years', () => {
    const imported = { ...seedReport(), year: '2019-20' as const };
    const merged = mergeImported(fixtureYearData('2021-22'), [imported]);
    expect(merged.overridden).toEqual([]);
    expect(merged.partial).toEqual([]);
  });

  it('fills only the figures a partial import gives and keeps every other served figure', () => {
    const served = fixtureYearData('2021-22');
    const before = servedKent();
    const partial = { ...importedKent(), provenance: KENT_CSV, revocations: { kind: 'value' as const, value: 7 }, importedFigureIds: ['revocations'] };
    const merged = mergeImported(served, [partial]);
    const kent = merged.reports.find((r) => r.areaId === 'kent')!;
    expect(merged.partial).toEqual(['kent']);
    expect(merged.overridden).toEqual([]);
    expect(kent.revocations).toEqual({ kind: 'value', value: 7, source: KENT_CSV });
    // Everything else, and the record's own source, is the served report's.
    expect(kent.provenance).toEqual(before.provenance);
    expect({ ...kent, revocations: null }).toEqual({ ...before, revocations: null });
    expect(kent).not.toHaveProperty('importedFigureIds');
    expect(merged.reports).toHaveLength(43);
  });

  it('adds a partial import for an area with no served report, its other figures not published', () => {
    const served = fixtureYearData('2021-22');
    const withoutKent = { ...served, reports: served.reports.filter((r) => r.areaId !== 'kent') };
    const partial = { ...importedKent(), importedFigureIds: ['revocations'] };
    const merged = mergeImported(withoutKent, [partial]);
    expect(merged.reports.find((r) => r.areaId === 'kent')).not.toHaveProperty('importedFigureIds');
    expect(merged.partial).toEqual([]);
    expect(merged.overridden).toEqual([]);
  });

  it('clears a served data error for the imported area and does not change its arguments', () => {
    const served = fixtureYearData('2021-22');
    const fileProblem = { areaId: undefined, year: undefined, message: 'file problem' };
    const withError = { ...served, errors: [{ areaId: 'kent', year: '2021-22', message: 'bad record' }, fileProblem] };
    const partial = { ...importedKent(), importedFigureIds: ['revocations'] };
    const copy = structuredClone(partial);
    const merged = mergeImported(withError, [partial]);
    expect(merged.errors).toEqual([fileProblem]);
    expect(partial).toEqual(copy);
  });
});

describe('a real source’s “not published” (issue 26 item 2)', () => {
  const NATIONAL = { kind: 'imported' as const, fileName: 'national.ods (sheet Table_3)', importedAt: '2026-11-25T10:00:00Z' };
  const notPublished = { kind: 'missing' as const, notPublishedBy: { source: NATIONAL, symbol: '[x]' as const, cell: 'Table_3!B17' } };

  function withNotPublished(report: AreaYearReport) {
    return {
      ...report,
      provenance: NATIONAL,
      snapshot: { ...report.snapshot, columnTotals: { ...report.snapshot.columnTotals, category1: notPublished } },
      importedFigureIds: ['snapshot.total.category1'],
    };
  }

  it('replaces an illustrative figure, and the figure reads “not published” citing the file and cell', () => {
    expect(servedKent().provenance.kind).toBe('illustrative');
    const merged = mergeImported(fixtureYearData('2021-22'), [withNotPublished(servedKent())]);
    const kent = merged.reports.find((r) => r.areaId === 'kent')!;
    expect(kent.snapshot.columnTotals.category1).toEqual(notPublished);
    expect(cellText(kent.snapshot.columnTotals.category1)).toBe('not published (national.ods (sheet Table_3), cell Table_3!B17: [x])');
    expect(measureValue(kent, MEASURES.category1, 'count')).toMatchObject({
      value: undefined,
      status: 'missing',
      source: 'Imported from national.ods (sheet Table_3), cell Table_3!B17 ([x] not available)',
    });
  });

  it('never replaces a real figure', () => {
    const served = { ...fixtureYearData('2021-22'), reports: [seedReport()] };
    const merged = mergeImported(served, [withNotPublished(seedReport())]);
    expect(merged.reports[0]?.snapshot.columnTotals.category1).toEqual({ kind: 'value', value: 3682 });
  });
});
