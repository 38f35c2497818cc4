import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { registerDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { SUPPORTED_MEDIA_TYPES, resolveMediaType } from '../../domain/documents/media-types';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { findDocument, upsertUploadedDocument, type DocumentRow } from '../../infrastructure/postgres/document.repository';
import { readInTransaction } from '../../infrastructure/postgres/read-transaction';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';

export interface DocumentUploadInput {
  readonly bytes: Buffer;
  readonly declaredMediaType?: string;
  readonly filename?: string;
  readonly title?: string;
  readonly language?: string;
  readonly aclTags: readonly string[];
  /** Set to upload the next version of an existing document. */
  readonly documentId?: string;
}

export interface AcceptedDocument {
  readonly documentId: string;
  readonly version: number;
  /** `unchanged`: the same bytes as the document's current version, so nothing new is ingested. */
  readonly status: 'registered' | 'unchanged';
}

/** Statuses in which a document's current bytes are served or on their way: the same bytes again change nothing. */
const LIVE: ReadonlySet<string> = new Set(['registered', 'parsed', 'chunked', 'embedded', 'indexed', 'active']);

/**
 * Stores the file in the blob store, then records the document and publishes `RegisterDocument`
 * through the outbox in one transaction; ingestion takes it from there. A blob whose
 * transaction fails stays unreferenced (content-addressed, so a retry reuses it).
 */
@Injectable()
export class UploadDocumentHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async upload(principal: Principal, input: DocumentUploadInput): Promise<AcceptedDocument> {
    const mediaType = resolveMediaType(input.declaredMediaType, input.filename);
    if (!mediaType) {
      throw gatewayError(GatewayErrorCode.UNSUPPORTED_MEDIA_TYPE, `unsupported media type ${input.declaredMediaType ?? '(none)'}; supported: ${SUPPORTED_MEDIA_TYPES.join(', ')}`);
    }
    const max = this.config.GATEWAY_MAX_DOCUMENT_BYTES;
    if (input.bytes.length > max) throw gatewayError(GatewayErrorCode.PAYLOAD_TOO_LARGE, `the document has ${input.bytes.length} bytes; the limit is ${max} (GATEWAY_MAX_DOCUMENT_BYTES)`);
    if (input.bytes.length === 0) throw gatewayError(GatewayErrorCode.INVALID_REQUEST, 'the document is empty');
    const { documentId: existingId } = input;
    if (existingId) refuseDeleted(existingId, await readInTransaction(this.runtime.dataSource, (manager) => findDocument(manager, principal.tenantId, existingId)));
    const blob = await this.runtime.blobs.put(principal.tenantId, input.bytes);
    const documentId = input.documentId ?? randomUUID();
    const title = (input.title ?? input.filename ?? 'Untitled').slice(0, 500);
    return this.runtime.transaction(async (manager) => {
      const existing = input.documentId ? refuseDeleted(documentId, await findDocument(manager, principal.tenantId, documentId, true)) : undefined;
      // Ingestion would skip identical content silently; saying so here keeps the status honest.
      if (existing && existing.contentSha256 === blob.sha256 && LIVE.has(existing.status)) return { documentId, version: existing.version, status: 'unchanged' as const };
      const version = existing ? existing.version + 1 : 1;
      const upload = {
        documentId, tenantId: principal.tenantId, title, mediaType, contentSha256: blob.sha256, sizeBytes: blob.sizeBytes,
        blobUri: blob.uri, aclTags: input.aclTags, requestedBy: principal.subject, ...(input.language ? { language: input.language } : {}),
      };
      await upsertUploadedDocument(manager, upload, version);
      await this.runtime.publish(manager, [{
        contract: registerDocumentV1,
        context: { source: this.runtime.source, tenantId: principal.tenantId, correlationId: documentId, subject: documentId },
        data: {
          documentId, title, mediaType, sizeBytes: blob.sizeBytes, contentSha256: blob.sha256, aclTags: [...input.aclTags], requestedBy: principal.subject,
          source: { uri: blob.uri, ...(input.filename ? { filename: input.filename } : {}) },
          ...(input.language ? { language: input.language } : {}),
        },
      }]);
      return { documentId, version, status: 'registered' as const };
    });
  }
}

/** A new version needs a live document: a deleted one is gone from ingestion too (its id is not reused). */
function refuseDeleted(documentId: string, existing: DocumentRow | undefined): DocumentRow {
  if (!existing) throw gatewayError(GatewayErrorCode.NOT_FOUND, `no document ${documentId} in this tenant; omit documentId to upload a new document`);
  if (existing.status === 'deleting' || existing.status === 'deleted') {
    throw gatewayError(GatewayErrorCode.CONFLICT, `document ${documentId} is ${existing.status}; omit documentId to upload the file as a new document`);
  }
  return existing;
}
