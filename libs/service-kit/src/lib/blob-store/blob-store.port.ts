/** A stored upload: the URI travels in events, the bytes stay in the store. */
export interface StoredBlob {
  readonly uri: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

/**
 * Where uploaded files live between the gateway and ingestion (object storage in production,
 * a directory on one machine). Blobs are content-addressed per tenant: a URI names its tenant,
 * and reading it as another tenant fails.
 */
export interface BlobStore {
  put(tenantId: string, bytes: Buffer): Promise<StoredBlob>;
  get(tenantId: string, uri: string): Promise<Buffer>;
}
