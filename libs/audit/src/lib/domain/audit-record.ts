import type { JsonValue } from './canonical-json';

/**
 * What the audit log keeps of one CloudEvent: the fields the hash covers. Times are ISO 8601
 * UTC with milliseconds (`Date#toISOString`), the precision `timestamptz` gives back exactly.
 */
export interface AuditEntry {
  readonly tenantId: string;
  readonly eventId: string;
  readonly type: string;
  readonly source: string;
  readonly subject: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** The subject of events keyed by conversation (the query flow); null otherwise. */
  readonly conversationId: string | null;
  /** The subject of events keyed by document (ingestion); null otherwise. */
  readonly documentId: string | null;
  /** When the event happened (its CloudEvents `time`). */
  readonly time: string;
  /** When the audit log appended it. */
  readonly recordedAt: string;
  readonly data: JsonValue;
}

/** An entry in its tenant's hash chain. */
export interface ChainedRecord extends AuditEntry {
  /** Append order across the whole log; increasing within a tenant's chain. */
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

/** The last record of a tenant's chain, kept beside the log so a cut-off tail is detected. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}
