import { describe, expect, it } from 'vitest';
import type { ReportWire } from '../../../domain/report-schema';
import { reportSchema } from '../../../domain/report-schema';
import type { ReadBundledImport } from '../../../ingest/bundle/data-bundle';
import type { HeldFigureLookup } from '../../../ingest/review/held-figures';
import type { SavedImport } from '../../../shared/user-data/saved-imports';
import { seedReportWire } from '../../../../tests/helpers/seed-report';
import { bundleBatch, bundleGroups, changesOf, differingFigures } from './bundle-review-model';

function wireOf(areaId: string, revocations: number, fileName: string): ReportWire {
  return { ...seedReportWire(), areaId, revocations, provenance: { kind: 'imported', fileName, importedAt: '2024-05-01T10:00:00.000Z' } };
}

function bundled(areaId: string, revocations: number, savedAt: string, fileName = `${areaId}.txt`, figureIds?: string[]): ReadBundledImport {
  const report = wireOf(areaId, revocations, fileName);
  return { fileName, savedAt, ...(figureIds ? { figureIds } : {}), report, checked: reportSchema.parse(report) };
}

function savedFrom(item: ReadBundledImport): SavedImport {
  const key = `${item.checked.areaId}|${item.checked.year}|${new Date(item.savedAt).toISOString()}`;
  return { key, fileName: item.fileName, savedAt: item.savedAt, report: item.checked, figureIds: item.figureIds, wire: item.report };
}

const KENT_EARLY = bundled('kent', 7, '2024-05-01T10:00:00.000Z');
const KENT_LATE = bundled('kent', 9, '2024-05-03T10:00:00.000Z', 'tables.xlsx (sheet Table_2)', ['revocations']);
const GWENT = bundled('gwent', 3, '2024-05-02T10:00:00.000Z');

describe('a data bundle, reviewed before it is saved', () => {
  it('groups imports by area-year and combines each group as the views will show it, with disputes where they differ', () => {
    const { groups, alreadySaved } = bundleGroups([KENT_EARLY, KENT_LATE, GWENT], []);
    expect(alreadySaved).toEqual([]);
    expect(groups.map((group) => [group.key, group.imports.length, group.given])).toEqual([
      ['kent|2021-22', 2, undefined],
      ['gwent|2021-22', 1, undefined],
    ]);
    expect(groups[0]?.report.revocations).toMatchObject({ kind: 'disputed', claims: [{ value: 7 }, { value: 9 }] });
  });

  it('leaves out an import held here exactly, and keeps one that only shares its moment', () => {
    const sameMomentOtherFigures = { ...savedFrom(GWENT), wire: wireOf('gwent', 4, 'gwent.txt') };
    const { groups, alreadySaved } = bundleGroups([KENT_EARLY, GWENT], [savedFrom(KENT_EARLY), sameMomentOtherFigures]);
    expect(alreadySaved).toEqual([KENT_EARLY]);
    expect(groups.map((group) => group.key)).toEqual(['gwent|2021-22']);
  });

  it('lists each figure that differs from the one shown now, and only those the bundle gives', () => {
    const held: HeldFigureLookup = (areaId, figureId) =>
      figureId === 'revocations' || figureId === 'orders.shpo'
        ? { cell: { kind: 'value', value: 5 }, status: 'illustrative', text: '5', source: 'Illustrative data' }
        : undefined;
    const [kentPart] = bundleGroups([KENT_LATE], []).groups;
    const [gwent] = bundleGroups([GWENT], []).groups;
    if (!kentPart || !gwent) throw new Error('no groups');
    expect(differingFigures(kentPart, () => held).map((figure) => [figure.figureId, figure.incoming, figure.held.text])).toEqual([
      ['revocations', { kind: 'value', value: 9 }, '5'],
    ]);
    expect(differingFigures(gwent, () => held).map((figure) => figure.figureId)).toEqual(expect.arrayContaining(['revocations', 'orders.shpo']));
    expect(differingFigures(gwent, () => () => undefined)).toEqual([]);
  });

  it('lists the real figures saving changes and only counts the illustrative stand-ins it replaces', () => {
    const heldAs =
      (status: 'illustrative' | 'published'): HeldFigureLookup =>
      () => ({ cell: { kind: 'value', value: 5 }, status, text: '5', source: status });
    const [gwent] = bundleGroups([GWENT], []).groups;
    if (!gwent) throw new Error('no group');
    const standIns = changesOf(differingFigures(gwent, () => heldAs('illustrative')));
    expect(standIns.real).toEqual([]);
    expect(standIns.standIns).toBeGreaterThan(40);
    const real = changesOf(differingFigures(gwent, () => heldAs('published')));
    expect(real).toMatchObject({ standIns: 0, real: expect.arrayContaining([expect.objectContaining({ figureId: 'revocations' })]) });
  });

  it('saves each import with its own file and moment, replaces only on that choice, and saves nothing cancelled', () => {
    const earlier = savedFrom(bundled('kent', 1, '2024-04-01T10:00:00.000Z'));
    const { groups } = bundleGroups([KENT_EARLY, KENT_LATE, GWENT], [earlier]);
    const kept = bundleBatch(groups, { 'kent|2021-22': 'keep-both' }, [earlier]);
    expect(kept.map((item) => [item.wire.areaId, item.fileName, item.savedAt?.toISOString(), item.figureIds, item.removeKeys])).toEqual([
      ['kent', 'kent.txt', '2024-05-01T10:00:00.000Z', undefined, []],
      ['kent', 'tables.xlsx (sheet Table_2)', '2024-05-03T10:00:00.000Z', ['revocations'], []],
      ['gwent', 'gwent.txt', '2024-05-02T10:00:00.000Z', undefined, []],
    ]);
    const replaced = bundleBatch(groups, { 'kent|2021-22': 'replace' }, [earlier]);
    expect(replaced.map((item) => item.removeKeys)).toEqual([[earlier.key], [], []]);
    expect(bundleBatch(groups, { 'kent|2021-22': 'cancel' }, [earlier]).map((item) => item.wire.areaId)).toEqual(['gwent']);
  });

  it('never overwrites an import held here that was saved at the same moment: the new one takes the next free millisecond', () => {
    const other = { ...savedFrom(GWENT), wire: wireOf('gwent', 4, 'gwent.txt') };
    const { groups } = bundleGroups([GWENT], [other]);
    const [item] = bundleBatch(groups, { 'gwent|2021-22': 'keep-both' }, [other]);
    expect(item?.savedAt?.toISOString()).toBe('2024-05-02T10:00:00.001Z');
  });
});
