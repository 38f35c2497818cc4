import type { AuditEntry, ChainedRecord } from './audit-record';
import { chainHash, GENESIS_HASH, verifyChain, verifyLinkedRecords } from './hash-chain';

function entry(n: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    tenantId: 'tnt_a', eventId: `evt_${n}`, type: 'io.sagewire.query.QueryRouted.v1', source: '/sagewire/orchestrator',
    subject: 'conv_1', correlationId: 'qry_1', causationId: n > 1 ? `evt_${n - 1}` : null, conversationId: 'conv_1', documentId: null,
    time: `2025-06-12T09:14:0${n}.000Z`, recordedAt: `2025-06-12T09:14:0${n}.500Z`, data: { step: n, nested: { b: [1, 2], a: 0.0006207 } },
    ...overrides,
  };
}

/** Appends as the service does: each record links to the hash of the one before. */
function chain(count: number): ChainedRecord[] {
  const records: ChainedRecord[] = [];
  for (let n = 1; n <= count; n++) {
    const prevHash = records.at(-1)?.hash ?? GENESIS_HASH;
    const e = entry(n);
    records.push({ ...e, seq: n * 10, prevHash, hash: chainHash(prevHash, e) });
  }
  return records;
}

const headOf = (records: ChainedRecord[]): { seq: number; hash: string } => ({ seq: records.at(-1)!.seq, hash: records.at(-1)!.hash });

describe('the per-tenant hash chain', () => {
  it('verifies an untouched chain against its head', () => {
    const records = chain(4);
    expect(verifyChain(records, headOf(records))).toEqual({ verified: true, records: 4 });
    expect(verifyChain([], null)).toEqual({ verified: true, records: 0 });
  });

  it('hashes content, not jsonb key order', () => {
    const e = entry(1);
    const reordered = { ...e, data: { nested: { a: 0.0006207, b: [1, 2] }, step: 1 } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, e));
    expect(chainHash(GENESIS_HASH, { ...e, data: { ...reordered.data, nested: { a: 0.0006207, b: [2, 1] } } })).not.toBe(chainHash(GENESIS_HASH, e));
  });

  it('finds a modified record', () => {
    const records = chain(4);
    records[1] = { ...records[1]!, data: { step: 2, nested: { b: [1, 2], a: 0 } } };
    expect(verifyChain(records, headOf(records))).toEqual({ verified: false, records: 4, brokenAtSeq: 20 });
  });

  it('finds a modified record whose hash was recomputed: the next one no longer links', () => {
    const records = chain(4);
    const forged = { ...records[1]!, tenantId: 'tnt_b' };
    records[1] = { ...forged, hash: chainHash(forged.prevHash, forged) };
    expect(verifyChain(records, headOf(records))).toMatchObject({ verified: false, brokenAtSeq: 30 });
  });

  it('finds a removed record', () => {
    const records = chain(4);
    const head = headOf(records);
    records.splice(2, 1);
    expect(verifyChain(records, head)).toEqual({ verified: false, records: 3, brokenAtSeq: 40 });
  });

  it('finds a removed tail only with the head, and a record added after the head', () => {
    const records = chain(4);
    const head = headOf(records);
    expect(verifyChain(records.slice(0, 3))).toMatchObject({ verified: true });
    expect(verifyChain(records.slice(0, 3), head)).toEqual({ verified: false, records: 3, brokenAtSeq: 40 });
    expect(verifyChain(records, headOf(records.slice(0, 3)))).toMatchObject({ verified: false, brokenAtSeq: 40 });
    expect(verifyChain(records, null)).toMatchObject({ verified: false, brokenAtSeq: 10 });
  });

  it('checks records taken out of the chain against their predecessors', () => {
    const records = chain(4);
    const excerpt = [{ record: records[0]!, predecessorHash: undefined }, { record: records[2]!, predecessorHash: records[1]!.hash }];
    expect(verifyLinkedRecords(excerpt)).toBe(true);
    expect(verifyLinkedRecords([{ record: records[2]!, predecessorHash: records[0]!.hash }])).toBe(false);
    expect(verifyLinkedRecords([{ record: { ...records[0]!, type: 'forged' }, predecessorHash: undefined }])).toBe(false);
  });
});
