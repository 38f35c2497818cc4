import { describe, expect, it } from '@jest/globals';
import { canonicalJson, sha256Hex } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, indents by two and ends with a newline', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n');
  });

  it('gives equal text for equal values whatever the key order, so hashes are stable', () => {
    expect(sha256Hex(canonicalJson({ x: 1, y: [{ b: 2, a: 1 }] }))).toBe(sha256Hex(canonicalJson({ y: [{ a: 1, b: 2 }], x: 1 })));
  });

  it('drops undefined properties like JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{\n  "b": 1\n}\n');
  });
});
