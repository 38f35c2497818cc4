import { Injectable } from '@nestjs/common';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { findDocument, listDocuments, type DocumentRow } from '../../infrastructure/postgres/document.repository';
import { readInTransaction } from '../../infrastructure/postgres/read-transaction';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';

export interface DocumentView {
  readonly documentId: string;
  readonly title: string;
  readonly mediaType: string;
  readonly version: number;
  readonly activeVersion?: number;
  readonly status: DocumentRow['status'];
  readonly error?: string;
  readonly sizeBytes: number;
  readonly contentSha256: string;
  readonly language?: string;
  readonly aclTags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

const view = (row: DocumentRow): DocumentView => ({
  documentId: row.documentId,
  title: row.title,
  mediaType: row.mediaType,
  version: row.version,
  ...(row.activeVersion === null ? {} : { activeVersion: row.activeVersion }),
  status: row.status,
  ...(row.errorMessage === null ? {} : { error: row.errorMessage }),
  sizeBytes: row.sizeBytes,
  contentSha256: row.contentSha256,
  ...(row.language === null ? {} : { language: row.language }),
  aclTags: row.aclTags,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

@Injectable()
export class ReadDocumentsHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async get(principal: Principal, documentId: string): Promise<DocumentView> {
    const row = await readInTransaction(this.runtime.dataSource, (manager) => findDocument(manager, principal.tenantId, documentId));
    if (!row) throw gatewayError(GatewayErrorCode.NOT_FOUND, `no document ${documentId} in this tenant`);
    return view(row);
  }

  async list(principal: Principal, limit: number): Promise<{ documents: DocumentView[] }> {
    const rows = await readInTransaction(this.runtime.dataSource, (manager) => listDocuments(manager, principal.tenantId, limit));
    return { documents: rows.map(view) };
  }
}
