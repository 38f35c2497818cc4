import type { EmbeddingCacheStore } from './embedding-cache.port';

/** Runs one statement with positional parameters, e.g. `(sql, params) => dataSource.query(sql, params)`. */
export type SqlQuery = <T>(sql: string, parameters: readonly unknown[]) => Promise<T[]>;

/** Rows per statement: keeps each INSERT to a few MB at 1,024 dimensions. */
const BATCH = 500;

/** Float32 little-endian, the layout of `retrieval.embedding_cache.vector`. */
export function encodeVector(vector: Float32Array): Buffer {
  const buffer = Buffer.alloc(vector.length * 4);
  vector.forEach((value, i) => buffer.writeFloatLE(value, i * 4));
  return buffer;
}

export function decodeVector(bytes: Buffer): Float32Array {
  const vector = new Float32Array(bytes.length / 4);
  for (let i = 0; i < vector.length; i++) vector[i] = bytes.readFloatLE(i * 4);
  return vector;
}

/**
 * {@link EmbeddingCacheStore} on `retrieval.embedding_cache`. Hashes and vectors travel as
 * hex and base64 text arrays decoded in SQL, which every driver (and PGlite's wire server)
 * passes through unchanged. Give it the DataSource's own `query`, never a transaction's
 * manager: each statement commits alone.
 */
export class PostgresEmbeddingCacheStore implements EmbeddingCacheStore {
  constructor(private readonly query: SqlQuery) {}

  async get(modelId: string, hashes: readonly string[]): Promise<Map<string, Float32Array>> {
    const found = new Map<string, Float32Array>();
    for (let start = 0; start < hashes.length; start += BATCH) {
      const rows = await this.query<{ hash: string; vector: Buffer }>(
        `SELECT encode(text_sha256, 'hex') AS hash, vector FROM retrieval.embedding_cache
         WHERE model_id = $1 AND text_sha256 IN (SELECT decode(h, 'hex') FROM unnest($2::text[]) AS h)`,
        [modelId, hashes.slice(start, start + BATCH)],
      );
      for (const row of rows) found.set(row.hash, decodeVector(row.vector));
    }
    return found;
  }

  async put(modelId: string, entries: ReadonlyMap<string, Float32Array>): Promise<void> {
    const all = [...entries];
    for (let start = 0; start < all.length; start += BATCH) {
      const batch = all.slice(start, start + BATCH);
      await this.query(
        `INSERT INTO retrieval.embedding_cache (model_id, text_sha256, dimensions, vector)
         SELECT $1, decode(h, 'hex'), octet_length(decode(v, 'base64')) / 4, decode(v, 'base64') FROM unnest($2::text[], $3::text[]) AS t(h, v)
         ON CONFLICT (model_id, text_sha256) DO NOTHING`,
        [modelId, batch.map(([hash]) => hash), batch.map(([, vector]) => encodeVector(vector).toString('base64'))],
      );
    }
  }
}
