import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vectors already paid for, keyed by embedding model and SHA-256 of the exact text, so
 * re-indexing an unchanged chunk costs no model call. Vectors are little-endian float32 in
 * `bytea` (4 bytes a dimension, as `real[]` stores them, without array overhead). Rows are
 * only ever inserted (`ON CONFLICT DO NOTHING`): a given model and text always embed alike.
 */
export class EmbeddingCache1764100000000 implements MigrationInterface {
  readonly name = 'EmbeddingCache1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE retrieval.embedding_cache (
      model_id text NOT NULL,
      text_sha256 bytea NOT NULL CHECK (octet_length(text_sha256) = 32),
      dimensions integer NOT NULL CHECK (dimensions > 0),
      vector bytea NOT NULL CHECK (octet_length(vector) = 4 * dimensions),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (model_id, text_sha256)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE retrieval.embedding_cache');
  }
}
