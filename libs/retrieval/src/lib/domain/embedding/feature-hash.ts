/**
 * 32-bit FNV-1a over UTF-16 code units. Chosen because it is tiny, fast and identical on every
 * platform and Node version: vectors written at indexing time must match query vectors
 * computed months later, so the hash may never change (change the model id if it must).
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    // × 16777619 (the FNV prime, 2^24 + 2^8 + 0x93) as shifts, as the reference C code does:
    // it avoids a `Math.imul` global lookup per character, which Jest's sandboxed globals make ~50× slower.
    hash += (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24);
  }
  return hash >>> 0;
}

/**
 * Adds `weight` for `feature` into `vector` (the hashing trick). The sign comes from a hash bit
 * that the bucket does not use, so colliding features cancel out on average instead of
 * piling up, which keeps inner products unbiased (Weinberger et al., 2009).
 */
export function addHashedFeature(vector: number[], feature: string, weight: number): void {
  const hash = fnv1a32(feature);
  const bucket = (hash & 0x7fffffff) % vector.length;
  vector[bucket] = (vector[bucket] ?? 0) + (hash & 0x80000000 ? -weight : weight);
}
