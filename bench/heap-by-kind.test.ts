import { describe, expect, it } from 'vitest';
import { heapByKind } from './heap-by-kind.ts';

describe('heapByKind', () => {
  it('adds self sizes by node type: code, native (browser) and the rest (JavaScript objects)', () => {
    const snapshot = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size'],
          node_types: [['hidden', 'object', 'code', 'native', 'string'], 'string'] as [string[], ...unknown[]],
        },
      },
      // type, name, id, self_size
      nodes: [1, 0, 1, 100, 2, 0, 2, 40, 3, 0, 3, 7, 4, 0, 4, 5, 2, 0, 5, 60],
    };
    expect(heapByKind(snapshot)).toEqual({ compiledCode: 100, browserObjects: 7, javaScriptObjects: 105 });
  });

  it('refuses a snapshot without the fields it adds up', () => {
    expect(() => heapByKind({ snapshot: { meta: { node_fields: ['type'], node_types: [['code']] } }, nodes: [0] })).toThrow(/self_size/);
  });
});
