/** An id with a score; ties are broken by id so results are deterministic. */
export interface Scored {
  id: string;
  score: number;
}

const better = (a: Scored, b: Scored): boolean => a.score > b.score || (a.score === b.score && a.id < b.id);

/**
 * The `limit` best items, best first, in O(n log limit) time and O(limit) memory, so ranking a
 * tenant's 50k vector scores for the top 100 never sorts all of them.
 */
export function selectTop(items: Iterable<Scored>, limit: number): Scored[] {
  if (limit <= 0) return [];
  // A min-heap on "better": the root is the worst item kept, the first to be evicted.
  const heap: Scored[] = [];
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item);
      siftUp(heap, heap.length - 1);
    } else if (better(item, heap[0]!)) {
      heap[0] = item;
      siftDown(heap, 0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

function siftUp(heap: Scored[], index: number): void {
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (!better(heap[parent]!, heap[index]!)) return;
    swap(heap, parent, index);
    index = parent;
  }
}

function siftDown(heap: Scored[], index: number): void {
  for (;;) {
    let worst = index;
    for (const child of [2 * index + 1, 2 * index + 2]) {
      if (child < heap.length && better(heap[worst]!, heap[child]!)) worst = child;
    }
    if (worst === index) return;
    swap(heap, worst, index);
    index = worst;
  }
}

function swap(heap: Scored[], i: number, j: number): void {
  const item = heap[i]!;
  heap[i] = heap[j]!;
  heap[j] = item;
}
