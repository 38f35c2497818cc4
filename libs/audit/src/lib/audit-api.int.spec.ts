import { documentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { eventOf } from '../test/audit-events';
import { AuditTestHost } from '../test/audit-test-host';

const A = 'tnt_alpha';
const B = 'tnt_beta';

describe('audit service over HTTP (PostgreSQL, in-memory bus)', () => {
  let audit: AuditTestHost;
  const submitted = eventOf(userQuerySubmittedV1, { tenantId: A, subject: 'conv_a' });
  const routed = eventOf(queryRoutedV1, { tenantId: A, subject: 'conv_a', causedBy: submitted });
  const completed = eventOf(queryCompletedV1, { tenantId: A, subject: 'conv_a', causedBy: routed });
  const document = eventOf(documentRegisteredV1, { tenantId: A, subject: 'doc_a' });
  const otherTenant = eventOf(userQuerySubmittedV1, { tenantId: B, subject: 'conv_b' });

  beforeAll(async () => {
    audit = await AuditTestHost.start('audit_api');
    // One at a time: the order asserted below is then the order of publication.
    for (const [contract, envelope] of [[userQuerySubmittedV1, submitted], [documentRegisteredV1, document], [queryRoutedV1, routed], [userQuerySubmittedV1, otherTenant], [queryCompletedV1, completed]] as const) {
      await audit.publish(contract, envelope);
      await audit.recorded(envelope);
    }
  });

  afterAll(async () => {
    await audit?.close();
  });

  it("returns a conversation's events in append order, verified, to its tenant's auditor", async () => {
    const { status, body } = await audit.get('/v1/audit?conversationId=conv_a', A, 'auditor');
    expect(status).toBe(200);
    const events = (body as { events: { seq: number }[] }).events;
    expect(body).toEqual({
      conversationId: 'conv_a',
      chainVerified: true,
      events: [submitted, routed, completed].map((e) => ({
        seq: expect.any(Number), id: e.id, type: e.type, time: e.time, source: e.source, causationId: e.causationid ?? null, data: e.data,
      })),
    });
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((x, y) => x - y));
  });

  it('pages with limit and after', async () => {
    const first = (await audit.get('/v1/audit?conversationId=conv_a&limit=2', A, 'auditor')).body as { events: { id: string; seq: number }[] };
    expect(first.events.map((e) => e.id)).toEqual([submitted.id, routed.id]);
    const rest = await audit.get(`/v1/audit?conversationId=conv_a&limit=2&after=${first.events[1]!.seq}`, A, 'auditor');
    expect((rest.body as { events: { id: string }[] }).events.map((e) => e.id)).toEqual([completed.id]);
  });

  it('files ingestion events by document, not conversation', async () => {
    expect(await audit.sql.query('SELECT conversation_id, document_id FROM audit.events WHERE event_id = $1', [document.id])).toEqual([{ conversation_id: null, document_id: 'doc_a' }]);
  });

  it("never shows one tenant's events to another tenant's auditor", async () => {
    expect((await audit.get('/v1/audit?conversationId=conv_a', B, 'auditor')).body).toEqual({ conversationId: 'conv_a', events: [], chainVerified: true });
    const own = (await audit.get('/v1/audit?conversationId=conv_b', B, 'auditor')).body as { events: { id: string }[] };
    expect(own.events.map((e) => e.id)).toEqual([otherTenant.id]);
    expect((await audit.get('/v1/audit?conversationId=conv_b', A, 'auditor')).body).toMatchObject({ events: [] });
  });

  it('answers 401 without a token, 403 to a customer and 400 to bad parameters', async () => {
    expect((await audit.get('/v1/audit?conversationId=conv_a', A)).status).toBe(401);
    expect((await audit.get('/v1/audit/verify', A)).status).toBe(401);
    expect((await audit.get('/v1/audit?conversationId=conv_a', A, 'customer')).status).toBe(403);
    expect((await audit.get('/v1/audit/verify', A, 'agent')).status).toBe(403);
    const missing = await audit.get('/v1/audit', A, 'auditor');
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('conversationId');
    const badLimit = await audit.get('/v1/audit?conversationId=conv_a&limit=0', A, 'auditor');
    expect(badLimit.status).toBe(400);
    expect(badLimit.text).toContain('limit');
  });

  it('counts appended events by type', async () => {
    const { text } = await audit.get('/metrics', A);
    expect(text).toMatch(/sagewire_audit_events_total\{[^}]*type="io\.sagewire\.query\.UserQuerySubmitted\.v1"[^}]*\} 2/);
    expect(text).toMatch(/sagewire_audit_events_total\{[^}]*type="io\.sagewire\.ingestion\.DocumentRegistered\.v1"[^}]*\} 1/);
  });
});
