import { randomUUID } from 'node:crypto';
import type { ServiceHost } from '@sagewire/service-kit';
import { eventually } from '@sagewire/testing';
import { activate, indexVersion, RECORDED } from '../test/retrieval-messages';
import { ServiceWorld } from '@sagewire/service-testing';
import { IndexProjection } from './application/index-projection/index-projection';
import { retrievalService } from './retrieval.service';

const TENANT = 'tnt_alpine';

describe('retrieval replicas: one in-memory index per process (PostgreSQL, in-memory bus)', () => {
  let world: ServiceWorld;
  let replicas: ServiceHost[];

  const searchIn = (host: ServiceHost, text: string): string[] =>
    host.app.get(IndexProjection).search({ tenantId: TENANT, queryText: text, topK: 3 }).map((hit) => hit.chunk.chunkId);

  beforeAll(async () => {
    world = await ServiceWorld.create('retrieval_replicas', RECORDED);
    // The second replica also reconciles often, standing in for one that missed an activation event.
    replicas = [await world.startHost([retrievalService]), await world.startHost([retrievalService], { RETRIEVAL_INDEX_RECONCILE_MS: '100' })];
  });

  afterAll(async () => {
    await world?.close();
  });

  it('brings an activation into every replica, whichever replica handled the command', async () => {
    const documentId = `doc_${randomUUID()}`;
    await indexVersion(world, { tenantId: TENANT, documentId, version: 1, title: 'Gift cards', chunks: [{ text: 'Gift cards never expire and work online and in stores.' }] });
    await activate(world, TENANT, documentId, 1);
    for (const replica of replicas) {
      await eventually(() => expect(searchIn(replica, 'do gift cards expire')).toEqual([`${documentId}:v1:0`]));
    }
  });

  it('catches up from the database on an activation whose event it never received', async () => {
    const documentId = `doc_${randomUUID()}`;
    await indexVersion(world, { tenantId: TENANT, documentId, version: 1, title: 'Loyalty', chunks: [{ text: 'Loyalty points are credited a week after delivery.' }] });
    // Activated behind the bus's back: no DocumentVersionActivated is ever published for it.
    await world.sql('INSERT INTO retrieval.active_versions (tenant_id, document_id, version) VALUES ($1, $2, 1)', [TENANT, documentId]);
    await world.sql('UPDATE retrieval.knowledge_base_versions SET version = version + 1 WHERE tenant_id = $1', [TENANT]);
    await eventually(() => expect(searchIn(replicas[1]!, 'loyalty points credited')).toEqual([`${documentId}:v1:0`]));
  });
});
