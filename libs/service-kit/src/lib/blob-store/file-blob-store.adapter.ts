import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { AppError } from '@sagewire/errors';
import type { BlobStore, StoredBlob } from './blob-store.port';

const URI_PATTERN = /^blob:\/\/([A-Za-z0-9_-]{1,64})\/([0-9a-f]{64})$/;
const TENANT_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Content-addressed files under `root/<tenant>/<sha256>`; writes are atomic (rename). */
export class FileBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  async put(tenantId: string, bytes: Buffer): Promise<StoredBlob> {
    if (!TENANT_PATTERN.test(tenantId)) throw new AppError('BLOB.INVALID_TENANT', `tenant id ${JSON.stringify(tenantId)} cannot name a blob folder`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const dir = path.join(this.root, tenantId);
    await mkdir(dir, { recursive: true });
    const temporary = path.join(dir, `.${randomUUID()}.tmp`);
    await writeFile(temporary, bytes);
    await rename(temporary, path.join(dir, sha256));
    return { uri: `blob://${tenantId}/${sha256}`, sha256, sizeBytes: bytes.length };
  }

  async get(tenantId: string, uri: string): Promise<Buffer> {
    const match = URI_PATTERN.exec(uri);
    if (!match) throw new AppError('BLOB.INVALID_URI', `not a blob URI: ${uri}`);
    // A tenant reads only its own uploads, whatever URI an event carries.
    if (match[1] !== tenantId) throw new AppError('BLOB.FORBIDDEN', 'the blob belongs to another tenant');
    try {
      return await readFile(path.join(this.root, match[1], match[2]!));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('BLOB.NOT_FOUND', `no blob at ${uri}`, { cause: error });
      throw new AppError('BLOB.READ_FAILED', `could not read ${uri}`, { retriable: true, cause: error });
    }
  }
}
