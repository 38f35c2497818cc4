import { hammingDistance } from './sign-sketch';
import type { StoredChunk } from './tenant-partition';

/**
 * The `size` entries whose sketches are closest to the query's (ties at the cut-off all kept),
 * in linear time: distances are small whole numbers, so a histogram finds the cut-off without
 * sorting.
 */
export function shortlistBySketch(entries: readonly [string, StoredChunk][], querySketch: Uint32Array, size: number): [string, StoredChunk][] {
  const distances = new Uint16Array(entries.length);
  const histogram = new Uint32Array(querySketch.length * 32 + 1);
  for (let i = 0; i < entries.length; i++) {
    const distance = hammingDistance(querySketch, entries[i]![1].sketch!);
    distances[i] = distance;
    histogram[distance]!++;
  }
  let cutoff = 0;
  for (let kept = 0; cutoff < histogram.length; cutoff++) {
    kept += histogram[cutoff]!;
    if (kept >= size) break;
  }
  return entries.filter((_, i) => distances[i]! <= cutoff);
}
