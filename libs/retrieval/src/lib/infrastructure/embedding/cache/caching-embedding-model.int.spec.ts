import { createTestDatabase, type TestDatabase } from '@sagewire/testing';
import { DataSource } from 'typeorm';
import type { EmbeddingModel } from '../../../domain/embedding/embedding-model.port';
import { LocalEmbeddingModel } from '../../../domain/embedding/local-embedding';
import { EmbeddingCache1764100000000 } from '../../postgres/embedding-cache.migration';
import { CachingEmbeddingModel, embedWithStats } from './caching-embedding-model';
import { PostgresEmbeddingCacheStore } from './postgres-embedding-cache.adapter';

/** The local model, counting the texts it is asked to embed. */
class CountingModel implements EmbeddingModel {
  readonly calls: string[][] = [];
  private readonly local = new LocalEmbeddingModel(64);
  readonly id = this.local.id;
  readonly dimensions = this.local.dimensions;

  embed(texts: readonly string[]): Promise<number[][]> {
    this.calls.push([...texts]);
    return this.local.embed(texts);
  }
}

describe('CachingEmbeddingModel on PostgreSQL (retrieval.embedding_cache)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEmbeddingCacheStore;

  beforeAll(async () => {
    database = await createTestDatabase('retrieval_embedding_cache');
    dataSource = new DataSource({ type: 'postgres', url: database.url, migrations: [EmbeddingCache1764100000000] });
    await dataSource.initialize();
    await dataSource.query('CREATE SCHEMA retrieval');
    await dataSource.runMigrations();
    store = new PostgresEmbeddingCacheStore((sql, parameters) => dataSource.query(sql, [...parameters]));
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('embeds duplicates once, then serves the same texts from the table with no model call', async () => {
    const model = new CountingModel();
    const texts = ['How do I reset my password?', 'Refunds take 5 days.', 'How do I reset my password?'];
    const first = await new CachingEmbeddingModel(model, store).embedWithStats(texts);
    expect(model.calls).toEqual([['How do I reset my password?', 'Refunds take 5 days.']]);
    expect(first.cachedCount).toBe(0);
    expect(first.vectors[0]).toEqual(first.vectors[2]);
    expect(first.vectors[1]).toEqual(Array.from(Float32Array.from((await new LocalEmbeddingModel(64).embed(['Refunds take 5 days.']))[0]!)));
    const rows = await dataSource.query<{ count: string; dimensions: number }[]>('SELECT count(*) AS count, min(dimensions) AS dimensions FROM retrieval.embedding_cache');
    expect(rows[0]).toEqual({ count: '2', dimensions: 64 });

    // A new instance has an empty LRU: the hits below come from PostgreSQL.
    const fresh = new CachingEmbeddingModel(model, store);
    const second = await fresh.embedWithStats([...texts, 'Shipping is free.']);
    expect(model.calls).toHaveLength(2);
    expect(model.calls[1]).toEqual(['Shipping is free.']);
    expect(second.cachedCount).toBe(3);
    expect(second.vectors.slice(0, 3)).toEqual(first.vectors);

    // Now all four are in this instance's LRU: no model call and no miss.
    expect(await embedWithStats(fresh, ['Shipping is free.', 'Refunds take 5 days.'])).toMatchObject({ cachedCount: 2 });
    expect(model.calls).toHaveLength(2);
  });

  it('keys by model id, and a concurrent duplicate insert is a no-op', async () => {
    const other = new CountingModel();
    Object.assign(other, { id: 'other-model' });
    await new CachingEmbeddingModel(other, store).embed(['Refunds take 5 days.']);
    expect(other.calls).toHaveLength(1);
    const vector = Float32Array.from([1, 2, 3]);
    await Promise.all([store.put('dup', new Map([['00'.repeat(32), vector]])), store.put('dup', new Map([['00'.repeat(32), vector]]))]);
    expect((await store.get('dup', ['00'.repeat(32), 'ff'.repeat(32)])).get('00'.repeat(32))).toEqual(vector);
  });
});
