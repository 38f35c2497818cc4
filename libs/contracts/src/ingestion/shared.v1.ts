import { z } from 'zod';
import { idSchema, positiveIntSchema } from '../primitives.v1';

/**
 * Every ingestion payload names its document (the Kafka key, so one document's steps stay in
 * order) and, except for whole-document deletion, the version being ingested.
 */
export const documentVersionRefShape = {
  documentId: idSchema,
  version: positiveIntSchema,
};

/** IANA media type, e.g. `application/pdf`, `text/markdown`; parsers decide what they support. */
export const mediaTypeSchema = z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/);

/** Access tags: a passage is retrievable only by users holding one of its document's tags. */
export const aclTagsSchema = z.array(z.string().min(1));

/** Where the original file lives (object storage or the uploaded blob store). */
export const sourceSchema = z.object({
  uri: z.string().min(1),
  filename: z.string().min(1).optional(),
});

export const chunkingStrategySchema = z.enum(['fixed_tokens', 'recursive', 'markdown_headings', 'semantic']);

export const indexBackendSchema = z.enum(['opensearch', 'embedded']);

/** The steps of the ingestion saga, as named in failures. */
export const ingestionStepSchema = z.enum(['register', 'parse', 'chunk', 'embed', 'index', 'activate']);
