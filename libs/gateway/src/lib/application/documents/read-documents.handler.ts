import { Injectable } from '@nestjs/common';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import type { VersionStatus } from '../../domain/documents/document-versions';
import { findDocument, listDocuments, type DocumentRow } from '../../infrastructure/postgres/document.repository';
import { listVersions, type VersionRow } from '../../infrastructure/postgres/document-versions.repository';
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

export interface VersionView {
  readonly version: number;
  readonly status: VersionStatus;
  readonly chunkCount?: number;
  readonly failure?: { readonly step: string; readonly code: string; readonly message: string };
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly activatedAt?: string;
  readonly failedAt?: string;
}

/** One document with the history of every version ingestion reported, oldest first. */
export interface DocumentDetailView extends DocumentView {
  readonly versions: readonly VersionView[];
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

const versionView = (row: VersionRow): VersionView => ({
  version: row.version,
  status: row.status,
  ...(row.chunkCount === undefined ? {} : { chunkCount: row.chunkCount }),
  ...(row.failure ? { failure: row.failure } : {}),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  ...(row.activatedAt ? { activatedAt: row.activatedAt.toISOString() } : {}),
  ...(row.failedAt ? { failedAt: row.failedAt.toISOString() } : {}),
});

@Injectable()
export class ReadDocumentsHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  /** Another tenant's document answers exactly as a missing one: its existence is not revealed. */
  async get(principal: Principal, documentId: string): Promise<DocumentDetailView> {
    const found = await readInTransaction(this.runtime.dataSource, async (manager) => {
      const row = await findDocument(manager, principal.tenantId, documentId);
      return row ? { row, versions: await listVersions(manager, principal.tenantId, documentId) } : undefined;
    });
    if (!found) throw gatewayError(GatewayErrorCode.NOT_FOUND, `no document ${documentId} in this tenant; GET /v1/documents lists them`);
    return { ...view(found.row), versions: found.versions.map(versionView) };
  }

  async list(principal: Principal, options: { limit: number; includeDeleted: boolean }): Promise<{ documents: DocumentView[] }> {
    const rows = await readInTransaction(this.runtime.dataSource, (manager) => listDocuments(manager, principal.tenantId, options.limit, options.includeDeleted));
    return { documents: rows.map(view) };
  }
}
