import { describe, expect, it } from 'vitest';
import type { HeapByKind } from './heap-by-kind.ts';
import type { Memory, MemorySnapshot } from './interactions.ts';
import { memoryRows } from './memory-report.ts';

const kinds = (weakTables: number, javaScriptObjects: number): HeapByKind => ({
  compiledCode: 5_000_000,
  browserObjects: 4_000_000,
  weakTables,
  javaScriptObjects,
});
const snapshot = (changes: number, heapByKind: HeapByKind): MemorySnapshot => ({
  changes,
  usedHeapBytes: 11_000_000,
  documents: 1,
  nodes: 1541,
  jsEventListeners: 973,
  windowListeners: 12,
  documentListeners: 40,
  heapByKind,
});
/** A page whose weak tables grow by `weakGrowth` bytes and its own objects by `ownGrowth` from 50 to 400 changes. */
const memory = (weakGrowth: number, ownGrowth: number): Memory => ({
  early: snapshot(50, kinds(200_000, 4_700_000)),
  late: snapshot(400, kinds(200_000 + weakGrowth, 4_700_000 + ownGrowth)),
  heapGrowth: 0.1,
});
const row = (rows: ReturnType<typeof memoryRows>, start: string) => {
  const found = rows.find((candidate) => candidate.measure.startsWith(start));
  if (!found) throw new Error(`no row "${start}"`);
  return found;
};

describe('memoryRows', () => {
  it('holds the weak tables to twice the bare page’s growth', () => {
    const bare = memory(10_240, 0);
    expect(row(memoryRows(memory(20_480, 0), bare), 'WeakMap and WeakSet tables').missed).toBe(false);
    const over = row(memoryRows(memory(20_481, 0), bare), 'WeakMap and WeakSet tables');
    expect(over.missed).toBe(true);
    expect(over.goal).toBe('≤ 20.0 kB');
    // A bare page whose tables shrank allows no growth at all.
    expect(row(memoryRows(memory(1, 0), memory(-4096, 0)), 'WeakMap and WeakSet tables').missed).toBe(true);
  });

  it('says the weak tables were not measured without the bare page', () => {
    const weak = row(memoryRows(memory(0, 0), undefined), 'WeakMap and WeakSet tables');
    expect(weak.missed).toBe(true);
    expect(weak.value).toMatch(/bare page was not measured/);
  });

  it('holds the page’s own objects to 16 kB of growth, whatever compiled code and browser objects do', () => {
    expect(row(memoryRows(memory(0, 16 * 1024), memory(0, 0)), "The page's own").missed).toBe(false);
    expect(row(memoryRows(memory(0, 16 * 1024 + 1), memory(0, 0)), "The page's own").missed).toBe(true);
  });
});
