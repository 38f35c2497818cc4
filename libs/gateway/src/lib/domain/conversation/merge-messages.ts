/** Anything shown in a conversation's history at a point in time. */
export interface Timed {
  readonly createdAt: string;
}

/**
 * Places agent replies among the customer and assistant messages by time. The existing order is
 * kept as it is (an answer follows its question even if stamped later); each reply goes before
 * the first message that is later than it.
 */
export function mergeByTime<A extends Timed, B extends Timed>(messages: readonly A[], replies: readonly B[]): (A | B)[] {
  const merged: (A | B)[] = [];
  let next = 0;
  for (const message of messages) {
    while (next < replies.length && replies[next]!.createdAt < message.createdAt) merged.push(replies[next++]!);
    merged.push(message);
  }
  return [...merged, ...replies.slice(next)];
}
