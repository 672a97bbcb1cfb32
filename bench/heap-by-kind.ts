/** What a V8 heap snapshot's memory is made of: the bench's memory measure reports its growth by these parts. */

/**
 * A heap snapshot's self sizes in four parts: code V8 compiled (it grows as the optimising
 * compiler reaches more hot functions, and is not the page's data), objects the browser keeps for
 * the page (its capped performance-entry buffers such as layout shifts and long tasks, DOM
 * wrappers), the hash tables of WeakMaps and WeakSets (memo caches keyed by objects, such as the
 * selectors Recharts memoises with reselect: an entry goes when its key is collected, but a table
 * keeps the capacity it grew to until it is next resized, so its size follows garbage-collection
 * timing), and everything else: the page's own JavaScript objects, arrays, strings and closures.
 */
export interface HeapByKind {
  compiledCode: number;
  browserObjects: number;
  weakTables: number;
  javaScriptObjects: number;
}

export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const WEAK_COLLECTIONS = new Set(['WeakMap', 'WeakSet']);

function field(fields: readonly string[], name: string): number {
  const index = fields.indexOf(name);
  if (index < 0) throw new Error(`heap snapshot without the ${name} field`);
  return index;
}

/** Node offsets (into `nodes`) of the tables that WeakMap and WeakSet objects hold. */
function weakTableNodes(snapshot: HeapSnapshotJson): Set<number> {
  const { node_fields: nodeFields, node_types: nodeTypes, edge_fields: edgeFields, edge_types: edgeTypes } = snapshot.snapshot.meta;
  const [nodeType, nodeName, edgeCount] = [field(nodeFields, 'type'), field(nodeFields, 'name'), field(nodeFields, 'edge_count')];
  const [edgeType, edgeName, toNode] = [field(edgeFields, 'type'), field(edgeFields, 'name_or_index'), field(edgeFields, 'to_node')];
  const tables = new Set<number>();
  let edge = 0;
  for (let node = 0; node < snapshot.nodes.length; node += nodeFields.length) {
    const edges = snapshot.nodes[node + edgeCount] ?? 0;
    const weakCollection =
      nodeTypes[0][snapshot.nodes[node + nodeType] ?? -1] === 'object' && WEAK_COLLECTIONS.has(snapshot.strings[snapshot.nodes[node + nodeName] ?? -1] ?? '');
    for (let i = 0; weakCollection && i < edges; i += 1) {
      const at = (edge + i) * edgeFields.length;
      const internal = edgeTypes[0][snapshot.edges[at + edgeType] ?? -1] === 'internal';
      if (internal && snapshot.strings[snapshot.edges[at + edgeName] ?? -1] === 'table') tables.add(snapshot.edges[at + toNode] ?? -1);
    }
    edge += edges;
  }
  return tables;
}

export function heapByKind(snapshot: HeapSnapshotJson): HeapByKind {
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const [typeIndex, sizeIndex] = [field(fields, 'type'), field(fields, 'self_size')];
  const weakTables = weakTableNodes(snapshot);
  const totals: HeapByKind = { compiledCode: 0, browserObjects: 0, weakTables: 0, javaScriptObjects: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = nodeTypes[0][snapshot.nodes[i + typeIndex] ?? -1];
    const size = snapshot.nodes[i + sizeIndex] ?? 0;
    if (type === 'code') totals.compiledCode += size;
    else if (type === 'native') totals.browserObjects += size;
    else if (weakTables.has(i)) totals.weakTables += size;
    else totals.javaScriptObjects += size;
  }
  return totals;
}
