import { describe, expect, it } from 'vitest';
import { heapByKind, type HeapSnapshotJson } from './heap-by-kind.ts';

const meta = {
  node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
  node_types: [['hidden', 'object', 'code', 'native', 'string', 'array'], 'string'] as [string[], ...unknown[]],
  edge_fields: ['type', 'name_or_index', 'to_node'],
  edge_types: [['context', 'element', 'property', 'internal'], 'string'] as [string[], ...unknown[]],
};
const strings = ['', 'WeakMap', 'table', 'Object', 'WeakSet', 'cache'];
const NODE = meta.node_fields.length;

describe('heapByKind', () => {
  it('adds self sizes by kind: code, native (browser), WeakMap and WeakSet tables, and the rest (JavaScript objects)', () => {
    const snapshot: HeapSnapshotJson = {
      snapshot: { meta },
      // type, name, id, self_size, edge_count
      nodes: [
        ...[1, 3, 1, 100, 1], // 0: an Object, whose property "cache" is the WeakMap
        ...[1, 1, 2, 16, 1], // 1: the WeakMap, whose internal "table" is node 2
        ...[5, 0, 3, 4096, 0], // 2: its table
        ...[2, 0, 4, 40, 0], // 3: code
        ...[3, 0, 5, 7, 0], // 4: native
        ...[1, 4, 6, 16, 2], // 5: a WeakSet: its table (node 6) and an element (node 7, an ordinary array)
        ...[5, 0, 7, 1024, 0], // 6: its table
        ...[5, 0, 8, 60, 0], // 7: an ordinary array
        ...[4, 0, 9, 5, 0], // 8: a string
      ],
      // type, name_or_index, to_node (offsets into nodes)
      edges: [2, 5, 1 * NODE, 3, 2, 2 * NODE, 3, 2, 6 * NODE, 1, 0, 7 * NODE],
      strings,
    };
    expect(heapByKind(snapshot)).toEqual({ compiledCode: 40, browserObjects: 7, weakTables: 4096 + 1024, javaScriptObjects: 100 + 16 + 16 + 60 + 5 });
  });

  it('counts a table only when a WeakMap or WeakSet holds it', () => {
    const snapshot: HeapSnapshotJson = {
      snapshot: { meta },
      nodes: [...[1, 3, 1, 16, 1], ...[5, 0, 2, 512, 0]],
      // An Object's internal "table" edge: an ordinary hash table, not a weak one.
      edges: [3, 2, 1 * NODE],
      strings,
    };
    expect(heapByKind(snapshot)).toEqual({ compiledCode: 0, browserObjects: 0, weakTables: 0, javaScriptObjects: 16 + 512 });
  });

  it('refuses a snapshot without the fields it adds up', () => {
    const broken: HeapSnapshotJson = { snapshot: { meta: { ...meta, node_fields: ['type', 'edge_count', 'name'] } }, nodes: [0, 0, 0], edges: [], strings };
    expect(() => heapByKind(broken)).toThrow(/self_size/);
  });
});
