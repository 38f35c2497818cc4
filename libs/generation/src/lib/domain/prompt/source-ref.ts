import type { Citation } from '../model-provider.port';

/**
 * A source as numbered in the prompt: one per document version. `number` is what the model
 * sees and cites; the customer sees the renumbered marker (see citation-renumberer.ts).
 */
export interface SourceRef {
  readonly number: number;
  readonly documentId: string;
  readonly documentVersion: number;
  readonly title: string;
  readonly section?: string;
  readonly uri?: string;
}

/** The citation shown to the customer for a source; optional fields only when known. */
export function citationOf(source: SourceRef): Citation {
  const citation: Citation = { documentId: source.documentId, documentVersion: source.documentVersion, title: source.title };
  if (source.section !== undefined) citation.section = source.section;
  if (source.uri !== undefined) citation.uri = source.uri;
  return citation;
}
