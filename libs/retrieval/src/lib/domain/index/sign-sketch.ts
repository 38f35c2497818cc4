/**
 * 1-bit sketches of unit vectors for a fast first pass over many vectors ("binary quantization
 * with rescoring"): each bit is the side of a random hyperplane the vector lies on, so the share
 * of differing bits estimates the angle between two vectors (Charikar's SimHash). The
 * hyperplanes come from a randomised Hadamard transform (random signs, then the fast
 * Walsh–Hadamard transform): O(d log d) per vector instead of O(d · bits), and dense mixing even
 * for sparse vectors such as the local hashing embedding's.
 */
export class SignSketcher {
  /** 32-bit words per sketch. */
  readonly words: number;
  private readonly length: number;
  private readonly signs: Float64Array;
  private readonly buffer: Float64Array;

  constructor(readonly dimensions: number, seed = 0x5ca1ab1e) {
    this.length = Math.max(64, 2 ** Math.ceil(Math.log2(dimensions)));
    this.words = this.length / 32;
    this.signs = new Float64Array(this.length);
    const random = mulberry32(seed);
    for (let i = 0; i < this.length; i++) this.signs[i] = random() < 0.5 ? -1 : 1;
    this.buffer = new Float64Array(this.length);
  }

  sketch(unit: Float32Array): Int32Array {
    const buffer = this.buffer;
    buffer.fill(0);
    for (let i = 0; i < unit.length; i++) buffer[i] = unit[i]! * this.signs[i]!;
    walshHadamard(buffer);
    // Int32, not Uint32: values stay small integers in V8, where Uint32 above 2^31 would become doubles.
    const bits = new Int32Array(this.words);
    for (let i = 0; i < this.length; i++) if (buffer[i]! > 0) bits[i >>> 5]! |= 1 << (i & 31);
    return bits;
  }
}

/**
 * Number of differing bits between `a` and the sketch at `offset` in `rows` (a row of a
 * contiguous sketch matrix, or a lone sketch at 0): the first pass's distance, smaller is closer.
 */
export function hammingDistance(a: Int32Array, rows: Int32Array, offset = 0): number {
  let distance = 0;
  for (let i = 0; i < a.length; i++) {
    let x = a[i]! ^ rows[offset + i]!;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    distance += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return distance;
}

/** In place, unnormalised (only signs are read). */
function walshHadamard(values: Float64Array): void {
  for (let half = 1; half < values.length; half *= 2) {
    for (let start = 0; start < values.length; start += half * 2) {
      for (let i = start; i < start + half; i++) {
        const a = values[i]!;
        const b = values[i + half]!;
        values[i] = a + b;
        values[i + half] = a - b;
      }
    }
  }
}

/** A small seeded PRNG: the hyperplanes must be the same in every process and run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
