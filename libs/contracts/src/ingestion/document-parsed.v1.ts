import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, languageTagSchema } from '../primitives.v1';
import { documentVersionRefShape } from './shared.v1';

/** Reply to `ParseDocument`. The text stays in the ingestion service's storage, not on the topic. */
export const documentParsedV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentParsed',
  version: 1,
  subject: 'documentId',
  description: 'The text and structure of a document version were extracted.',
  schema: z.object({
    ...documentVersionRefShape,
    /** Parser name and version, e.g. `pdf@2.1`. */
    parser: idSchema,
    characterCount: countSchema,
    sectionCount: countSchema,
    pageCount: countSchema.optional(),
    detectedLanguage: languageTagSchema.optional(),
  }),
});

/** Payload of `DocumentParsed` v1. */
export type DocumentParsedV1 = z.infer<typeof documentParsedV1.schema>;
