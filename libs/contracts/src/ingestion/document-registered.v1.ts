import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, languageTagSchema, sha256HexSchema } from '../primitives.v1';
import { aclTagsSchema, documentVersionRefShape, mediaTypeSchema, sourceSchema } from './shared.v1';

/** Reply to `RegisterDocument`: a version number is assigned; the previous version stays active. */
export const documentRegisteredV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentRegistered',
  version: 1,
  subject: 'documentId',
  description: 'A document version was registered for ingestion; it becomes searchable only once activated.',
  schema: z.object({
    ...documentVersionRefShape,
    title: z.string().min(1).max(500),
    source: sourceSchema,
    mediaType: mediaTypeSchema,
    sizeBytes: countSchema,
    contentSha256: sha256HexSchema,
    language: languageTagSchema.optional(),
    aclTags: aclTagsSchema,
    requestedBy: idSchema,
  }),
});

/** Payload of `DocumentRegistered` v1. */
export type DocumentRegisteredV1 = z.infer<typeof documentRegisteredV1.schema>;
