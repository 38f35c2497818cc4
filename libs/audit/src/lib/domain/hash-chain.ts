import { createHash } from 'node:crypto';
import type { AuditEntry, ChainedRecord, ChainHead } from './audit-record';
import { canonicalJson } from './canonical-json';

/** The `prev_hash` of a tenant's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * sha256(prevHash || canonical JSON of the entry), hex. Every field is named explicitly (absent
 * ones as null) so that adding a field to AuditEntry is a visible decision here, not a silent
 * change of every future hash.
 */
export function chainHash(prevHash: string, entry: AuditEntry): string {
  const canonical = canonicalJson({
    tenantId: entry.tenantId,
    eventId: entry.eventId,
    type: entry.type,
    source: entry.source,
    subject: entry.subject,
    correlationId: entry.correlationId,
    causationId: entry.causationId,
    conversationId: entry.conversationId,
    documentId: entry.documentId,
    time: entry.time,
    recordedAt: entry.recordedAt,
    data: entry.data,
  });
  return createHash('sha256').update(prevHash, 'utf8').update(canonical, 'utf8').digest('hex');
}

/** Whether a record's stored hash is the hash of its own content and predecessor link. */
export function isIntact(record: ChainedRecord): boolean {
  return chainHash(record.prevHash, record) === record.hash;
}

export interface ChainVerification {
  readonly verified: boolean;
  /** How many records were checked. */
  readonly records: number;
  /** The first record that does not fit the chain (modified, or following a removed one). */
  readonly brokenAtSeq?: number;
}

/**
 * Walks one tenant's chain in seq order, one record at a time, so a long chain can be checked
 * page by page without holding it in memory. Pure: the caller does the reading.
 *
 * `head` is the tenant's recorded chain head: the last record must be it, so records cut off
 * the end or added after it are found too. `null` says the tenant has no head (so no records
 * either); undefined skips the check.
 */
export class ChainVerifier {
  private expectedPrevHash = GENESIS_HASH;
  private lastSeq: number | undefined;
  private count = 0;
  private brokenAtSeq: number | undefined;

  constructor(private readonly head?: ChainHead | null) {}

  push(record: ChainedRecord): void {
    this.count++;
    const pastHead = this.head === null || (this.head !== undefined && record.seq > this.head.seq);
    if (this.brokenAtSeq === undefined && (pastHead || record.prevHash !== this.expectedPrevHash || !isIntact(record))) {
      this.brokenAtSeq = record.seq;
    }
    // Continue from the stored hash, so a break is reported once, where it happens.
    this.expectedPrevHash = record.hash;
    this.lastSeq = record.seq;
  }

  finish(): ChainVerification {
    let broken = this.brokenAtSeq;
    // The head's own record is missing (or differs): the tail was cut off or rewritten.
    if (broken === undefined && this.head && (this.head.seq !== this.lastSeq || this.head.hash !== this.expectedPrevHash)) broken = this.head.seq;
    return broken === undefined ? { verified: true, records: this.count } : { verified: false, records: this.count, brokenAtSeq: broken };
  }
}

/** Verifies a whole chain held in memory (records in seq order), against its head if given. */
export function verifyChain(records: readonly ChainedRecord[], head?: ChainHead | null): ChainVerification {
  const verifier = new ChainVerifier(head);
  for (const record of records) verifier.push(record);
  return verifier.finish();
}

/**
 * Verifies records taken out of a chain (one conversation's), each with the hash of the record
 * before it in the tenant's chain (undefined for the first): each is intact and links to its
 * predecessor. A record removed elsewhere in the chain is only found by `verifyChain`.
 */
export function verifyLinkedRecords(records: readonly { readonly record: ChainedRecord; readonly predecessorHash: string | undefined }[]): boolean {
  return records.every(({ record, predecessorHash }) => isIntact(record) && record.prevHash === (predecessorHash ?? GENESIS_HASH));
}
