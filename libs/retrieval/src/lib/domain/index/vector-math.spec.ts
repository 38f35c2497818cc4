import { dot, toUnitVector } from './vector-math';

describe('vector math', () => {
  it('scales to unit length and rejects the zero vector', () => {
    expect(Array.from(toUnitVector([3, 4])!)).toEqual([0.6000000238418579, 0.800000011920929]);
    expect(toUnitVector([0, 0, 0])).toBeUndefined();
  });

  it('computes dot products for lengths that are and are not multiples of four', () => {
    const a = Float32Array.from([1, 2, 3, 4, 5]);
    const b = Float32Array.from([5, 4, 3, 2, 1]);
    expect(dot(a, b)).toBe(35);
    expect(dot(a.subarray(0, 4), b.subarray(0, 4))).toBe(30);
    expect(dot(new Float32Array(0), new Float32Array(0))).toBe(0);
  });
});
