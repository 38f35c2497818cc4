import { createHash } from 'node:crypto';
import type { IndexedChunk } from '../../domain/index/indexed-chunk';
import { duplicateKey } from '../../domain/text/analyze-text';
import { languageField } from './chunk-index-layout';

/** A chunk as stored in OpenSearch (`_source`). */
export interface ChunkDocument {
  tenant_id: string;
  document_id: string;
  version: number;
  chunk_id: string;
  chunk_index?: number;
  title: string;
  section?: string;
  language?: string;
  acl_tags: string[];
  uri?: string;
  duplicate_key: string;
  parent_text?: string;
  text: string;
  vector?: number[];
  [languageText: `text_${string}`]: string;
}

/** The document id: chunk ids are unique within a tenant only. */
export function chunkDocumentId(tenantId: string, chunkId: string): string {
  return `${tenantId}/${chunkId}`;
}

export function toChunkDocument(chunk: IndexedChunk): ChunkDocument {
  const stemmed = languageField(chunk.language);
  return {
    tenant_id: chunk.tenantId,
    document_id: chunk.documentId,
    version: chunk.documentVersion,
    chunk_id: chunk.chunkId,
    title: chunk.title,
    acl_tags: [...chunk.aclTags],
    // Hashed: equality is all that is compared, and doc values cap a keyword at 32 KB.
    duplicate_key: createHash('sha1').update(duplicateKey(chunk.text)).digest('base64url'),
    text: chunk.text,
    ...(chunk.chunkIndex === undefined ? {} : { chunk_index: chunk.chunkIndex }),
    ...(chunk.section === undefined ? {} : { section: chunk.section }),
    ...(chunk.language === undefined ? {} : { language: chunk.language }),
    ...(chunk.uri === undefined ? {} : { uri: chunk.uri }),
    ...(chunk.parentText === undefined ? {} : { parent_text: chunk.parentText }),
    ...(chunk.vector === undefined ? {} : { vector: [...chunk.vector] }),
    ...(stemmed === undefined ? {} : { [stemmed]: chunk.text }),
  };
}

/** The chunk a hit stands for, without its vector (hits never carry one). */
export function fromChunkDocument(source: ChunkDocument): IndexedChunk {
  return {
    chunkId: source.chunk_id,
    tenantId: source.tenant_id,
    documentId: source.document_id,
    documentVersion: source.version,
    title: source.title,
    aclTags: source.acl_tags,
    text: source.text,
    ...(source.chunk_index === undefined ? {} : { chunkIndex: source.chunk_index }),
    ...(source.section === undefined ? {} : { section: source.section }),
    ...(source.language === undefined ? {} : { language: source.language }),
    ...(source.uri === undefined ? {} : { uri: source.uri }),
    ...(source.parent_text === undefined ? {} : { parentText: source.parent_text }),
  };
}
