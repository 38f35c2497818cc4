import type { Contract } from '@sagewire/contracts';
import { answerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { eventOf } from '../test/audit-events';
import { AuditTestHost } from '../test/audit-test-host';

const CONTRACTS: readonly Contract[] = [userQuerySubmittedV1, inputScreenedV1, queryRoutedV1, answerChunkGeneratedV1];

describe('audit hash chain (PostgreSQL, two replicas on the in-memory bus)', () => {
  let audit: AuditTestHost;

  beforeAll(async () => {
    // Two replicas append concurrently: only the per-tenant lock keeps each chain linear.
    audit = await AuditTestHost.start('audit_chain', 2);
  });

  afterAll(async () => {
    await audit?.close();
  });

  /** Publishes `count` events for the tenant at once, over four topics and several conversations. */
  async function burst(tenantId: string, count: number): Promise<string[]> {
    const events = Array.from({ length: count }, (_, i) => ({ contract: CONTRACTS[i % 4]!, i }))
      .map(({ contract, i }) => ({ contract, envelope: eventOf(contract, { tenantId, subject: `conv_${tenantId}_${i % 5}` }) }));
    await Promise.all(events.map(({ contract, envelope }) => audit.publish(contract, envelope)));
    for (const { envelope } of events) await audit.recorded(envelope);
    return events.map(({ envelope }) => envelope.id);
  }

  const verify = async (tenantId: string): Promise<unknown> => (await audit.get('/v1/audit/verify', tenantId, 'auditor')).body;
  const seqOf = async (eventId: string): Promise<number> =>
    Number((await audit.sql.query<{ seq: string }[]>('SELECT seq FROM audit.events WHERE event_id = $1', [eventId]))[0]!.seq);

  it('keeps every tenant chain verifiable under concurrent appends', async () => {
    await Promise.all([burst('tnt_one', 40), burst('tnt_two', 40)]);
    expect(await verify('tnt_one')).toEqual({ verified: true, records: 40 });
    expect(await verify('tnt_two')).toEqual({ verified: true, records: 40 });
    expect(await verify('tnt_nobody')).toEqual({ verified: true, records: 0 });
  });

  it('stores a redelivered event once, even when the inbox has forgotten it', async () => {
    const original = eventOf(userQuerySubmittedV1, { tenantId: 'tnt_dup', subject: 'conv_dup' });
    await audit.publish(userQuerySubmittedV1, original);
    await audit.publish(userQuerySubmittedV1, original);
    // Same topic and key, so same partition: once the marker is in, both copies were handled.
    const marker = eventOf(userQuerySubmittedV1, { tenantId: 'tnt_dup', subject: 'conv_dup' });
    await audit.publish(userQuerySubmittedV1, marker);
    await audit.recorded(marker);
    await audit.sql.query('DELETE FROM audit.inbox WHERE event_id = $1', [original.id]);
    const replayMarker = eventOf(userQuerySubmittedV1, { tenantId: 'tnt_dup', subject: 'conv_dup' });
    await audit.publish(userQuerySubmittedV1, original);
    await audit.publish(userQuerySubmittedV1, replayMarker);
    await audit.recorded(replayMarker);
    const { body } = await audit.get('/v1/audit?conversationId=conv_dup', 'tnt_dup', 'auditor');
    expect((body as { events: { id: string }[] }).events.map((e) => e.id)).toEqual([original.id, marker.id, replayMarker.id]);
    expect(await verify('tnt_dup')).toEqual({ verified: true, records: 3 });
  });

  it('reports a row changed by SQL, and a row deleted by SQL, where the chain breaks', async () => {
    const [changed] = await burst('tnt_changed', 6);
    await audit.sql.query(`UPDATE audit.events SET data = jsonb_set(data, '{text}', '"something else"') WHERE event_id = $1`, [changed]);
    expect(await verify('tnt_changed')).toEqual({ verified: false, records: 6, brokenAtSeq: await seqOf(changed!) });
    const conversation = (await audit.sql.query<{ conversation_id: string }[]>('SELECT conversation_id FROM audit.events WHERE event_id = $1', [changed]))[0]!;
    expect((await audit.get(`/v1/audit?conversationId=${conversation.conversation_id}`, 'tnt_changed', 'auditor')).body).toMatchObject({ chainVerified: false });

    const ids = await burst('tnt_deleted', 6);
    const seqs = (await Promise.all(ids.map(seqOf))).sort((x, y) => x - y);
    await audit.sql.query('DELETE FROM audit.events WHERE seq = $1', [seqs[2]]);
    expect(await verify('tnt_deleted')).toEqual({ verified: false, records: 5, brokenAtSeq: seqs[3] });
    // Other tenants' chains are untouched by either.
    expect(await verify('tnt_one')).toEqual({ verified: true, records: 40 });
  });
});
