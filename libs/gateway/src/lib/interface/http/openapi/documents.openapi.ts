import { z } from 'zod';
import { SUPPORTED_MEDIA_TYPES } from '../../../domain/documents/media-types';
import { listDocumentsQuery } from '../schemas/documents-query';
import { jsonDocumentBody } from '../schemas/request-schemas';
import { jsonSchema, operation, type JsonObject } from './openapi-builder';

/** The `/v1/documents` part of the OpenAPI document: routes and response bodies. */
const timestamp = z.string().meta({ format: 'date-time' });

const acceptedDocument = z.object({ documentId: z.uuid(), version: z.number().int(), status: z.enum(['registered', 'unchanged']) });
const acceptedDeletion = z.object({ documentId: z.uuid(), status: z.literal('deleting') });

const documentView = z.object({
  documentId: z.string(),
  title: z.string(),
  mediaType: z.string(),
  version: z.number().int().meta({ description: 'The latest version' }),
  activeVersion: z.number().int().optional().meta({ description: 'The version retrieval searches; absent while none is, and once deleted' }),
  status: z.enum(['registered', 'parsed', 'chunked', 'embedded', 'indexed', 'active', 'failed', 'rolled_back', 'deleting', 'deleted'])
    .meta({ description: "The latest version's progress, or the deletion's" }),
  error: z.string().optional().meta({ description: "Why the latest version's ingestion failed" }),
  sizeBytes: z.number().int(),
  contentSha256: z.string(),
  language: z.string().optional(),
  aclTags: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const versionView = z.object({
  version: z.number().int(),
  status: z.enum(['indexing', 'active', 'failed', 'rolled_back', 'superseded']),
  chunkCount: z.number().int().optional(),
  failure: z.object({ step: z.string(), code: z.string(), message: z.string() }).optional().meta({ description: 'From DocumentIngestionFailed' }),
  createdAt: timestamp,
  updatedAt: timestamp,
  activatedAt: timestamp.optional(),
  failedAt: timestamp.optional(),
});

const documentDetail = documentView.extend({
  versions: z.array(versionView).meta({ description: 'Every version ingestion reported, oldest first; a deleted document keeps its history' }),
});

const documentUpload = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream', description: 'Stored byte for byte (PDF and DOCX included)' },
    title: { type: 'string' },
    language: { type: 'string' },
    aclTags: { type: 'string', description: 'Comma-separated' },
    mediaType: { type: 'string', enum: [...SUPPORTED_MEDIA_TYPES] },
    documentId: { type: 'string', format: 'uuid', description: 'Upload the next version of this document' },
  },
};

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const query = (name: keyof typeof listDocumentsQuery.shape): JsonObject => ({ name, in: 'query', required: false, schema: jsonSchema(listDocumentsQuery.shape[name]) });

export function documentPaths(): JsonObject {
  return {
    '/v1/documents': {
      post: operation('Upload a document (admin)', {
        description: `Multipart (file) or JSON (content). Supported media types: ${SUPPORTED_MEDIA_TYPES.join(', ')}. 409 if documentId names a deleted document.`,
        body: jsonDocumentBody,
        multipart: documentUpload,
        responses: { 202: acceptedDocument },
      }),
      get: operation("List the tenant's documents", {
        description: 'Deleted documents are left out unless includeDeleted=true.',
        parameters: [query('limit'), query('includeDeleted')],
        responses: { 200: z.object({ documents: z.array(documentView) }) },
      }),
    },
    '/v1/documents/{id}': {
      get: operation('Read a document, its ingestion status and the history of its versions', { parameters: [idParam], responses: { 200: documentDetail } }),
      delete: operation('Delete a document and all its versions (admin)', {
        description: 'Answers 202 `deleting` and asks ingestion to remove every version from retrieval; the status becomes `deleted` once it has. '
          + '404 for an id this tenant does not have, 409 if the document is already deleted.',
        parameters: [idParam],
        responses: { 202: acceptedDeletion },
      }),
    },
  };
}
