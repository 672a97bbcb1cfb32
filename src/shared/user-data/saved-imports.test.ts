import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedReportWire } from '../../../tests/helpers/seed-report';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
let failWrites = false;

vi.mock('idb-keyval', async (original) => {
  const actual = await original<typeof import('idb-keyval')>();
  return {
    ...actual,
    set: (...args: Parameters<typeof actual.set>) => (failWrites ? Promise.reject(quotaError()) : actual.set(...args)),
  };
});

const { deleteImport, loadImports, restoreImport, saveImport } = await import('./saved-imports');
const { createStore, set } = await import('idb-keyval');

afterEach(async () => {
  failWrites = false;
  for (const item of (await loadImports()).imports) await deleteImport(item.key);
});

describe('saved imports', () => {
  it('saves, reloads and deletes an import', async () => {
    const saved = await saveImport(seedReportWire(), 'report.pdf', new Date('2026-11-25T10:00:00Z'));
    expect(saved.key).toBe('west-midlands|2021-22|2026-11-25T10:00:00.000Z');
    const loaded = await loadImports();
    expect(loaded.imports).toHaveLength(1);
    expect(loaded.imports[0]?.report.snapshot.grandTotal).toEqual({ kind: 'value', value: 5486 });
    await deleteImport(saved.key);
    expect((await loadImports()).imports).toEqual([]);
  });

  it('refuses to save figures that fail validation', async () => {
    const wire = seedReportWire();
    (wire.orders as Record<string, unknown>).shpo = -1;
    await expect(saveImport(wire, 'bad.txt', new Date())).rejects.toThrow(/These figures cannot be saved: orders.shpo: Counts cannot be negative/);
    expect((await loadImports()).imports).toEqual([]);
  });

  it('reports a full disk instead of swallowing it, and keeps what was saved before', async () => {
    await saveImport(seedReportWire(), 'first.pdf', new Date());
    failWrites = true;
    const second = { ...seedReportWire(), areaId: 'kent' };
    await expect(saveImport(second, 'second.pdf', new Date())).rejects.toThrow(/no room left to store this import \(storage quota exceeded\)/);
    failWrites = false;
    expect((await loadImports()).imports.map((i) => i.report.areaId)).toEqual(['west-midlands']);
  });

  it('keeps a second import of the same area and year beside the first', async () => {
    const seven = { ...seedReportWire(), areaId: 'kent', revocations: 7 };
    const nine = { ...seedReportWire(), areaId: 'kent', revocations: 9 };
    await saveImport(seven, 'first.txt', new Date('2024-05-01T10:00:00Z'));
    await saveImport(nine, 'second.txt', new Date('2024-05-02T10:00:00Z'));
    const loaded = (await loadImports()).imports;
    expect(loaded.map((item) => [item.fileName, item.report.revocations])).toEqual([
      ['first.txt', { kind: 'value', value: 7 }],
      ['second.txt', { kind: 'value', value: 9 }],
    ]);
  });

  it('remembers which figures a partial import gives, and restores a deleted import exactly', async () => {
    const saved = await saveImport({ ...seedReportWire(), areaId: 'kent' }, 'one.csv', new Date('2024-05-01T10:00:00Z'), ['revocations']);
    expect((await loadImports()).imports[0]?.figureIds).toEqual(['revocations']);
    await deleteImport(saved.key);
    expect((await loadImports()).imports).toEqual([]);
    await restoreImport(saved);
    expect((await loadImports()).imports).toEqual([saved]);
  });

  it('still reads an import saved under the older one-per-area-year key, and reports a damaged one', async () => {
    const store = createStore('mappa-compare', 'imports');
    await set('west-midlands|2021-22', { fileName: 'old.pdf', savedAt: '2024-01-01T00:00:00.000Z', wire: seedReportWire() }, store);
    await set('kent|2021-22|x', { fileName: 'bad.csv', savedAt: '2024-01-01T00:00:00.000Z', wire: seedReportWire(), figureIds: 'revocations' }, store);
    const loaded = await loadImports();
    expect(loaded.imports.map((item) => item.key)).toEqual(['west-midlands|2021-22']);
    expect(loaded.problems).toEqual(['A saved import (kent|2021-22|x) could not be read and is not shown: its list of imported figures is damaged']);
    await deleteImport('kent|2021-22|x');
  });
});
