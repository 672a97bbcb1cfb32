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

const { deleteImport, loadImports, saveImport } = await import('./saved-imports');

afterEach(async () => {
  failWrites = false;
  for (const item of (await loadImports()).imports) await deleteImport(item.key);
});

describe('saved imports', () => {
  it('saves, reloads and deletes an import', async () => {
    const saved = await saveImport(seedReportWire(), 'report.pdf', new Date('2026-11-25T10:00:00Z'));
    expect(saved.key).toBe('west-midlands|2021-22');
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
    expect((await loadImports()).imports.map((i) => i.key)).toEqual(['west-midlands|2021-22']);
  });
});
