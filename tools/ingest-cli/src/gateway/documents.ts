/** The document bodies the gateway answers with (GET /v1/documents[/{id}]), as this CLI reads them. */
export interface DocumentSummary {
  readonly documentId: string;
  readonly title: string;
  readonly mediaType: string;
  readonly version: number;
  readonly activeVersion?: number;
  readonly status: string;
  readonly error?: string;
  readonly sizeBytes: number;
  readonly updatedAt: string;
}

export interface VersionHistory {
  readonly version: number;
  readonly status: 'indexing' | 'active' | 'failed' | 'rolled_back' | 'superseded';
  readonly chunkCount?: number;
  readonly failure?: { readonly step: string; readonly code: string; readonly message: string };
  readonly createdAt: string;
  readonly activatedAt?: string;
  readonly failedAt?: string;
}

export interface DocumentDetail extends DocumentSummary {
  readonly versions?: readonly VersionHistory[];
}
