import type { citationSchema, passageSchema } from '@sagewire/contracts/query/shared.v1';
import type { z } from 'zod';
import type { SearchHit } from './index/indexed-chunk';

/** A retrieved passage as the query contracts carry it. */
export type Passage = z.infer<typeof passageSchema>;
/** A source to show the customer, as the query contracts carry it. */
export type Citation = z.infer<typeof citationSchema>;

/**
 * Passages in hit order, scored with the fused score; optional fields appear only when known.
 * Parent-chunk expansion: a child matched precisely, but the model reads the parent it was cut
 * from, once, however many of its children matched (the best-ranked child speaks for it).
 */
export function toPassages(hits: readonly SearchHit[]): Passage[] {
  const parents = new Set<string>();
  const expanded = hits.filter(({ chunk }) => {
    if (chunk.parentText === undefined) return true;
    const key = [chunk.documentId, chunk.documentVersion, chunk.parentText].join('\u0000');
    if (parents.has(key)) return false;
    parents.add(key);
    return true;
  });
  return expanded.map(({ chunk, score }) => ({
    chunkId: chunk.chunkId,
    documentId: chunk.documentId,
    documentVersion: chunk.documentVersion,
    text: chunk.parentText ?? chunk.text,
    score,
    ...(chunk.section === undefined ? {} : { section: chunk.section }),
    ...(chunk.language === undefined ? {} : { language: chunk.language }),
  }));
}

/**
 * One citation per document version and section, in the order of the first hit from it: three
 * chunks of the same "Refunds" section are one source to the customer, not three.
 */
export function toCitations(hits: readonly SearchHit[]): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const { chunk } of hits) {
    // NUL cannot occur in ids or headings, so the joined key cannot collide.
    const key = [chunk.documentId, chunk.documentVersion, chunk.section ?? ''].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({
      documentId: chunk.documentId,
      documentVersion: chunk.documentVersion,
      title: chunk.title,
      ...(chunk.section === undefined ? {} : { section: chunk.section }),
      ...(chunk.uri === undefined ? {} : { uri: chunk.uri }),
    });
  }
  return citations;
}
