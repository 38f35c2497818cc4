import type { Contract, Envelope } from '@sagewire/contracts';
import type { AuditEntry } from './audit-record';
import { toStorableJson } from './storable-json';

/** What a contract's CloudEvents `subject` (its Kafka key) identifies. */
export type SubjectKind = Contract['subject'];

/**
 * The audit entry of a delivered CloudEvent. The subject is filed as conversation or document
 * id by what the contract says it is (every query contract is keyed by conversation, every
 * ingestion contract by document), so the log can be read per conversation or document.
 * Times are cut to milliseconds in UTC: what `timestamptz` returns, so the hash recomputes.
 */
export function toAuditEntry(envelope: Envelope, subjectKind: SubjectKind, recordedAt: Date): AuditEntry {
  return {
    tenantId: envelope.tenantid,
    eventId: envelope.id,
    type: envelope.type,
    source: envelope.source,
    subject: envelope.subject,
    correlationId: envelope.correlationid,
    causationId: envelope.causationid ?? null,
    conversationId: subjectKind === 'conversationId' ? envelope.subject : null,
    documentId: subjectKind === 'documentId' ? envelope.subject : null,
    time: new Date(envelope.time).toISOString(),
    recordedAt: recordedAt.toISOString(),
    data: toStorableJson(envelope.data),
  };
}
