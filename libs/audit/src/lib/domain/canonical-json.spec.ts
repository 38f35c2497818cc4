import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and writes no whitespace', () => {
    expect(canonicalJson({ b: [3, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[3,{"c":null,"d":1}]}');
  });

  it('orders keys by UTF-16 code units and escapes as JSON does', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '\u2028': 'a"b' })).toBe('{"Z":3,"z":2,"é":1,"\u2028":"a\\"b"}');
  });

  it('writes numbers as ECMAScript does and refuses values JSON cannot carry', () => {
    expect(canonicalJson([1e21, 0.0006207, -0, 10.5])).toBe('[1e+21,0.0006207,0,10.5]');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow('has no JSON representation');
  });
});
