/** The memory part of the bench's table: the app's memory after many view changes, beside the bare page's. */
import type { HeapByKind } from './heap-by-kind.ts';
import type { Memory } from './interactions.ts';
import { errorRow, goalRow, infoRow, kilobytes, megabytes, percent, type Row } from './report.ts';

/** Memory is compared after `early` view changes (a warm start) and after `late` ones. */
export const MEMORY_CHANGES = { early: 50, late: 400 };

export const MEMORY_GOALS = {
  /** Growth of the page's own JavaScript objects (heap snapshots: not compiled code, browser objects or weak tables). */
  ownObjectsBytes: 16 * 1024,
  /** Growth of the WeakMap and WeakSet tables, at most this many times the bare page's under the same changes. */
  weakTablesTimesBaseline: 2,
};

/**
 * The V8 flag of the browser the memory is measured in. A WeakMap's table keeps the capacity it
 * grew to until its next insertion, and it grows with the keys not yet collected: after the same
 * changes, its size in a snapshot follows when V8's heuristics last ran a full collection (runs
 * of one build of the app measured its tables' growth over 50 → 400 changes anywhere from
 * +48 kB to +1,075 kB). With a predictable collection schedule both pages are measured under
 * the same, repeatable schedule, so the growth left is the page's own.
 */
export const MEMORY_JS_FLAGS = '--js-flags=--predictable-gc-schedule';

const growth = (early: HeapByKind, late: HeapByKind, key: keyof HeapByKind) => late[key] - early[key];

export function heapGrowthByKind(early: HeapByKind, late: HeapByKind): string {
  const change = (key: keyof HeapByKind) => {
    const bytes = growth(early, late, key);
    return `${bytes >= 0 ? '+' : '−'}${kilobytes(Math.abs(bytes))} (${percent(bytes / Math.max(1, early[key]))} of ${kilobytes(early[key])})`;
  };
  return `compiled code ${change('compiledCode')}; browser objects ${change('browserObjects')}; WeakMap and WeakSet tables ${change('weakTables')}; the page's other JavaScript objects ${change('javaScriptObjects')}`;
}

/** The app's rows: heap, what grew, the goals on its own objects and its weak tables (against the bare page's), DOM and listener counts. */
export function memoryRows(memory: Memory, baseline: Memory | undefined): Row[] {
  const { early, late } = memory;
  const span = `${early.changes} → ${late.changes} changes`;
  const equal = (measure: string, a: number, b: number): Row => ({
    measure: `${measure}, after ${early.changes} → ${late.changes} view changes`,
    value: `${a} → ${b}`,
    goal: 'equal',
    met: a === b ? 'yes' : `no: ${b > a ? '+' : ''}${b - a}`,
    missed: a !== b,
  });
  const weakTables = growth(early.heapByKind, late.heapByKind, 'weakTables');
  const baselineWeakTables = baseline && growth(baseline.early.heapByKind, baseline.late.heapByKind, 'weakTables');
  const weakRow =
    baselineWeakTables === undefined
      ? errorRow(`WeakMap and WeakSet tables, growth ${span}, against the bare page's`, 'the bare page was not measured')
      : goalRow(
          `WeakMap and WeakSet tables, growth ${span} (at most ${MEMORY_GOALS.weakTablesTimesBaseline}× the bare page's ${kilobytes(baselineWeakTables)})`,
          weakTables,
          { comparison: '<=', target: Math.max(0, baselineWeakTables) * MEMORY_GOALS.weakTablesTimesBaseline },
          kilobytes,
        );
  return [
    infoRow(`JS heap in use after ${early.changes} view changes (after garbage collection)`, megabytes(early.usedHeapBytes)),
    infoRow(`JS heap in use after ${late.changes} view changes`, megabytes(late.usedHeapBytes)),
    infoRow(`JS heap growth, ${span}`, percent(memory.heapGrowth)),
    infoRow(`JS heap growth, ${span}, by what grew (heap snapshots)`, heapGrowthByKind(early.heapByKind, late.heapByKind)),
    goalRow(
      `The page's own JavaScript objects, growth ${span}`,
      growth(early.heapByKind, late.heapByKind, 'javaScriptObjects'),
      { comparison: '<=', target: MEMORY_GOALS.ownObjectsBytes },
      kilobytes,
    ),
    weakRow,
    equal('DOM nodes (Memory.getDOMCounters)', early.nodes, late.nodes),
    equal('Documents (Memory.getDOMCounters)', early.documents, late.documents),
    equal('JS event listeners (Memory.getDOMCounters)', early.jsEventListeners, late.jsEventListeners),
    equal('Event listeners on window (DOMDebugger)', early.windowListeners, late.windowListeners),
    equal('Event listeners on document and its subtree (DOMDebugger)', early.documentListeners, late.documentListeners),
  ];
}

/** The bare page under the same number of measure and year changes, for information. */
export function baselineMemoryRows(baseline: Memory): Row[] {
  const { early, late, heapGrowth } = baseline;
  return [
    infoRow(
      `Baseline page under the same ${early.changes} → ${late.changes} measure and year changes: JS heap, growth, DOM nodes, JS event listeners`,
      `${megabytes(early.usedHeapBytes)} → ${megabytes(late.usedHeapBytes)}, ${percent(heapGrowth)}, ${early.nodes} → ${late.nodes}, ${early.jsEventListeners} → ${late.jsEventListeners}`,
    ),
    infoRow(`Baseline page: JS heap growth by what grew (heap snapshots)`, heapGrowthByKind(early.heapByKind, late.heapByKind)),
  ];
}
