import { hammingDistance } from './sign-sketch';
import type { Scored } from './top-k';
import { dot } from './vector-math';

/** What a vector query over the store needs. */
export interface VectorScan {
  readonly query: Float32Array;
  /** The query's sketch, when the shortlist pass should run. */
  readonly querySketch?: Int32Array;
  /** Vectors re-scored exactly after the sketch pass. */
  readonly shortlist: number;
  readonly minSimilarity: number;
  readonly accept?: (id: string) => boolean;
}

/**
 * One tenant's searchable vectors in contiguous typed arrays (rows of unit vectors, rows of
 * sketches) with ids alongside: a scan touches memory in order and allocates nothing per row,
 * which matters once a tenant holds tens of thousands of chunks. Removal moves the last row
 * into the hole, so rows stay dense.
 */
export class VectorStore {
  private ids: string[] = [];
  private readonly slots = new Map<string, number>();
  private units: Float32Array;
  private sketches: Int32Array;

  constructor(private readonly dimensions: number, private readonly words: number) {
    this.units = new Float32Array(dimensions * 64);
    this.sketches = new Int32Array(words * 64);
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: string, unit: Float32Array, sketch: Int32Array): void {
    const existing = this.slots.get(id);
    const row = existing ?? this.ids.length;
    if (existing === undefined) {
      this.grow(row + 1);
      this.ids.push(id);
      this.slots.set(id, row);
    }
    this.units.set(unit, row * this.dimensions);
    this.sketches.set(sketch, row * this.words);
  }

  /** Removes a row and hands back copies of its vector and sketch (a hidden chunk keeps them). */
  take(id: string): { unit: Float32Array; sketch: Int32Array } | undefined {
    const row = this.slots.get(id);
    if (row === undefined) return undefined;
    const taken = {
      unit: this.units.slice(row * this.dimensions, (row + 1) * this.dimensions),
      sketch: this.sketches.slice(row * this.words, (row + 1) * this.words),
    };
    this.remove(row, id);
    return taken;
  }

  private remove(row: number, id: string): void {
    const last = this.ids.length - 1;
    if (row !== last) {
      const moved = this.ids[last]!;
      this.ids[row] = moved;
      this.slots.set(moved, row);
      this.units.copyWithin(row * this.dimensions, last * this.dimensions, (last + 1) * this.dimensions);
      this.sketches.copyWithin(row * this.words, last * this.words, (last + 1) * this.words);
    }
    this.ids.pop();
    this.slots.delete(id);
  }

  /**
   * Every permitted row at or above the similarity floor, scored by cosine similarity. With a
   * query sketch and more than twice `shortlist` permitted rows, only the rows whose sketches
   * are closest are scored exactly (a histogram of Hamming distances finds the cut-off).
   */
  scan(scan: VectorScan): Scored[] {
    const { query, querySketch, shortlist, minSimilarity, accept } = scan;
    const count = this.ids.length;
    let rows: Int32Array | undefined;
    if (querySketch && count > 2 * shortlist) {
      const distances = new Int32Array(count).fill(-1);
      const histogram = new Int32Array(this.words * 32 + 1);
      let permitted = 0;
      for (let row = 0; row < count; row++) {
        if (accept && !accept(this.ids[row]!)) continue;
        const distance = hammingDistance(querySketch, this.sketches, row * this.words);
        distances[row] = distance;
        histogram[distance]!++;
        permitted++;
      }
      if (permitted > 2 * shortlist) {
        let cutoff = 0;
        for (let kept = 0; cutoff < histogram.length; cutoff++) {
          kept += histogram[cutoff]!;
          if (kept >= shortlist) break;
        }
        rows = new Int32Array(count);
        let selected = 0;
        for (let row = 0; row < count; row++) if (distances[row]! >= 0 && distances[row]! <= cutoff) rows[selected++] = row;
        rows = rows.subarray(0, selected);
      } else {
        rows = Int32Array.from({ length: count }, (_, row) => row).filter((row) => distances[row]! >= 0);
      }
    }
    const scored: Scored[] = [];
    const score = (row: number): void => {
      const similarity = dot(query, this.units, row * this.dimensions);
      if (similarity >= minSimilarity) scored.push({ id: this.ids[row]!, score: similarity });
    };
    if (rows) for (const row of rows) score(row);
    else for (let row = 0; row < count; row++) if (!accept || accept(this.ids[row]!)) score(row);
    return scored;
  }

  private grow(rows: number): void {
    if (rows * this.dimensions <= this.units.length) return;
    const capacity = Math.max(rows, (this.units.length / this.dimensions) * 2);
    const units = new Float32Array(capacity * this.dimensions);
    units.set(this.units);
    this.units = units;
    const sketches = new Int32Array(capacity * this.words);
    sketches.set(this.sketches);
    this.sketches = sketches;
  }
}
