/** What a V8 heap snapshot's memory is made of: the bench's memory measure reports its growth by these parts. */

/**
 * A heap snapshot's self sizes in three parts: code V8 compiled (it grows as the optimising
 * compiler reaches more hot functions, and is not the page's data), objects the browser keeps for
 * the page (its capped performance-entry buffers such as layout shifts and long tasks, DOM
 * wrappers), and everything else: the page's own JavaScript objects, arrays, strings and closures.
 */
export interface HeapByKind {
  compiledCode: number;
  browserObjects: number;
  javaScriptObjects: number;
}

export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export function heapByKind(snapshot: HeapSnapshotJson): HeapByKind {
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const typeIndex = fields.indexOf('type');
  const sizeIndex = fields.indexOf('self_size');
  if (typeIndex < 0 || sizeIndex < 0) throw new Error('heap snapshot without type or self_size fields');
  const totals: HeapByKind = { compiledCode: 0, browserObjects: 0, javaScriptObjects: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = nodeTypes[0][snapshot.nodes[i + typeIndex] ?? -1];
    const size = snapshot.nodes[i + sizeIndex] ?? 0;
    if (type === 'code') totals.compiledCode += size;
    else if (type === 'native') totals.browserObjects += size;
    else totals.javaScriptObjects += size;
  }
  return totals;
}
