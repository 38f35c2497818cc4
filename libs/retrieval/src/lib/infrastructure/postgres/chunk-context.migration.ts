import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chunks keep the passage they were cut from (hierarchical chunking: the child is matched, the
 * parent is what the model reads) and the source link a citation shows.
 */
export class RetrievalChunkContext1764300000000 implements MigrationInterface {
  readonly name = 'RetrievalChunkContext1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE retrieval.chunks ADD COLUMN parent_text text NULL, ADD COLUMN uri text NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE retrieval.chunks DROP COLUMN uri, DROP COLUMN parent_text');
  }
}
