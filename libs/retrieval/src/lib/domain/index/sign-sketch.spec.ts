import { hammingDistance, SignSketcher } from './sign-sketch';
import { toUnitVector } from './vector-math';

function randomUnit(dimensions: number, random: () => number): Float32Array {
  return toUnitVector(Array.from({ length: dimensions }, () => random() - 0.5))!;
}

describe('SignSketcher', () => {
  it('gives the same sketch for the same vector in every instance (the hyperplanes are seeded)', () => {
    const v = toUnitVector([0.3, -0.2, 0.9, 0.1, 0, 0, 0.4])!;
    expect(new SignSketcher(7).sketch(v)).toEqual(new SignSketcher(7).sketch(v));
    expect(new SignSketcher(7).words).toBe(2);
  });

  it('estimates the angle: differing bits / bits ≈ angle / π', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const sketcher = new SignSketcher(384);
    const bits = sketcher.words * 32;
    for (let trial = 0; trial < 20; trial++) {
      const a = randomUnit(384, random);
      const b = randomUnit(384, random);
      // Mix b towards a to get angles across the range.
      const t = trial / 20;
      const mixed = toUnitVector(Array.from(a, (x, i) => x * t + b[i]! * (1 - t)))!;
      let cosine = 0;
      for (let i = 0; i < 384; i++) cosine += a[i]! * mixed[i]!;
      const expected = Math.acos(Math.min(1, cosine)) / Math.PI;
      const estimated = hammingDistance(sketcher.sketch(a), sketcher.sketch(mixed)) / bits;
      expect(Math.abs(estimated - expected)).toBeLessThan(0.08);
    }
  });

  it('counts differing bits', () => {
    expect(hammingDistance(Int32Array.of(0b1011, -1), Int32Array.of(0b0001, 0))).toBe(2 + 32);
    expect(hammingDistance(Int32Array.of(0b1011), Int32Array.of(7, 7, 0b0001), 2)).toBe(2);
  });
});
