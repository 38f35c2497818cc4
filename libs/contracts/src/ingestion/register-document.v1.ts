import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, languageTagSchema, sha256HexSchema } from '../primitives.v1';
import { aclTagsSchema, mediaTypeSchema, sourceSchema } from './shared.v1';

/** Asks the ingestion service to take a new document, or a new version of one, into the knowledge base. */
export const registerDocumentV1 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'RegisterDocument',
  version: 1,
  subject: 'documentId',
  description: 'Register an uploaded file as the next version of a knowledge-base document; the ingestion saga starts.',
  schema: z.object({
    documentId: idSchema,
    title: z.string().min(1).max(500),
    source: sourceSchema,
    mediaType: mediaTypeSchema,
    sizeBytes: countSchema,
    /** Identical content is detected and not ingested twice. */
    contentSha256: sha256HexSchema,
    language: languageTagSchema.optional(),
    aclTags: aclTagsSchema,
    /** The admin (user id) or connector that asked. */
    requestedBy: idSchema,
  }),
});

/** Payload of `RegisterDocument` v1. */
export type RegisterDocumentV1 = z.infer<typeof registerDocumentV1.schema>;
