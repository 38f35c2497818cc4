import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, languageTagSchema, positiveIntSchema } from '../primitives.v1';
import { aclTagsSchema, documentVersionRefShape, indexBackendSchema } from './shared.v1';

/**
 * Asks the retrieval service to embed and index a version's chunks (searchable only once activated).
 *
 * Replaces `IndexChunks` v1, which names the version but not its chunks: v1 assumed the chunks
 * already sat in the indexing service's own storage, which no service may read across its
 * boundary. v2 points at the chunks artifact in the blob store (`chunksUri`, shaped as
 * {@link chunksArtifactV1Schema}) and carries what every passage and citation needs (title,
 * language, access tags), so the indexer depends on nothing but this command and the blob.
 * Consumers of v1 read nothing they could act on; producers send v2 only.
 */
export const indexChunksV2 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'IndexChunks',
  version: 2,
  subject: 'documentId',
  description: 'Embed and index the chunks of a document version, read from the chunks artifact in the blob store (not yet searchable until activation).',
  schema: z.object({
    ...documentVersionRefShape,
    backend: indexBackendSchema,
    indexName: idSchema,
    /** Blob-store URI (tenant-scoped) of the chunks artifact. */
    chunksUri: z.string().min(1),
    /** How many chunks the artifact holds: the indexer checks it read them all. */
    chunkCount: countSchema,
    title: z.string().min(1).max(500),
    /** Declared at upload, or detected from the text; absent when neither is known. */
    language: languageTagSchema.optional(),
    aclTags: aclTagsSchema,
  }),
});

/** Payload of `IndexChunks` v2. */
export type IndexChunksV2 = z.infer<typeof indexChunksV2.schema>;

/**
 * The JSON document at `IndexChunks.v2.chunksUri`. Written once per document version and
 * content-addressed, so it never changes after the command is sent.
 */
export const chunksArtifactV1Schema = z.object({
  documentId: idSchema,
  version: positiveIntSchema,
  title: z.string().min(1).max(500),
  language: languageTagSchema.optional(),
  aclTags: aclTagsSchema,
  chunks: z.array(z.object({
    /** 0-based, gap-free across the document. */
    index: countSchema,
    /** Heading trail, e.g. `Billing > Refunds`; absent for text before any heading. */
    section: z.string().min(1).optional(),
    text: z.string(),
    tokenCount: countSchema,
    /** Index into `parents` of the parent chunk containing this chunk (hierarchical chunking). */
    parentIndex: countSchema.optional(),
    /** 1-based page on which the chunk's section starts, for formats with pages (PDF). */
    page: positiveIntSchema.optional(),
  })),
  /**
   * Larger chunks that contain whole `chunks` (hierarchical chunking, SPEC IN-13): search
   * matches a chunk, and the answer can be given its parent for context. Absent for the flat
   * strategies. Added without a new version: optional, so artifacts written before still parse.
   */
  parents: z.array(z.object({
    /** 0-based, gap-free across the document. */
    index: countSchema,
    /** Heading trail shared by all of the parent's text; absent when it spans top-level sections. */
    section: z.string().min(1).optional(),
    text: z.string(),
    tokenCount: countSchema,
    page: positiveIntSchema.optional(),
  })).optional(),
});

/** A parsed chunks artifact. */
export type ChunksArtifactV1 = z.infer<typeof chunksArtifactV1Schema>;
