import type { DocumentDetail, VersionHistory } from '../gateway/documents';
import { deletionOutcome, describeDocument, ingestionOutcome } from './document-outcomes';
import { waitFor } from './wait-for';

const doc = (status: string, version: number, versions?: VersionHistory[], error?: string): DocumentDetail => ({
  documentId: 'd1', title: 'T', mediaType: 'text/markdown', version, status, sizeBytes: 1, updatedAt: '2025-01-01T00:00:00Z',
  ...(versions ? { versions } : {}), ...(error ? { error } : {}),
});
const history = (version: number, status: VersionHistory['status'], failure?: VersionHistory['failure']): VersionHistory => ({
  version, status, createdAt: '2025-01-01T00:00:00Z', ...(failure ? { failure } : {}),
});

/** A fake gateway answering a fixed sequence (the last answer repeats) and a fake clock. */
function scripted(answers: readonly DocumentDetail[]) {
  let clock = 0;
  let reads = 0;
  const sleeps: number[] = [];
  return {
    read: () => Promise.resolve(answers[Math.min(reads++, answers.length - 1)]!),
    sleep: (ms: number) => {
      sleeps.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
    get reads() {
      return reads;
    },
    sleeps,
  };
}

describe('waitFor with the ingestion outcome', () => {
  const options = { intervalMs: 1000, timeoutMs: 10_000, describe: describeDocument };

  it('polls through the in-flight statuses until the uploaded version is active', async () => {
    const gateway = scripted([doc('registered', 2), doc('parsed', 2, [history(1, 'active')]), doc('indexed', 2, [history(1, 'active'), history(2, 'indexing')]), doc('active', 2, [history(1, 'superseded'), history(2, 'active')])]);
    const outcome = await waitFor({ ...options, ...gateway, settle: ingestionOutcome(2) });
    expect(outcome).toMatchObject({ ok: true, value: { status: 'active' } });
    expect(gateway.reads).toBe(4);
    expect(gateway.sleeps).toEqual([1000, 1000, 1000]);
  });

  it("stops at the version's failure with its step, code and reason", async () => {
    const failure = { step: 'parse', code: 'INGESTION.PARSE_FAILED', message: 'the PDF is encrypted' };
    const gateway = scripted([doc('registered', 1), doc('failed', 1, [history(1, 'failed', failure)])]);
    expect(await waitFor({ ...options, ...gateway, settle: ingestionOutcome(1) })).toEqual({ ok: false, reason: 'parse failed (INGESTION.PARSE_FAILED): the PDF is encrypted' });
  });

  it('uses the document status when the gateway reports no history, and ignores an older active version', async () => {
    const gateway = scripted([doc('active', 1), doc('registered', 2), doc('failed', 2, undefined, 'embed failed (X): down')]);
    expect(await waitFor({ ...options, ...gateway, settle: ingestionOutcome(2) })).toEqual({ ok: false, reason: 'embed failed (X): down' });
    expect(gateway.reads).toBe(3);
  });

  it('gives up at the timeout, saying what it last saw', async () => {
    const gateway = scripted([doc('registered', 1), doc('chunked', 1)]);
    expect(await waitFor({ ...options, timeoutMs: 3500, ...gateway, settle: ingestionOutcome(1) })).toEqual({ ok: false, reason: 'still chunked (version 1) after 4 s' });
    expect(gateway.sleeps).toEqual([1000, 1000, 1000, 500]);
  });

  it('ends as a failure when reading fails', async () => {
    const outcome = await waitFor({ ...options, read: () => Promise.reject(new Error('cannot reach the gateway')), settle: ingestionOutcome(1) });
    expect(outcome).toEqual({ ok: false, reason: 'cannot reach the gateway' });
  });

  it('waits for deletion until the status is deleted', async () => {
    const gateway = scripted([doc('deleting', 1), doc('deleting', 1), doc('deleted', 1)]);
    expect(await waitFor({ ...options, ...gateway, settle: deletionOutcome })).toMatchObject({ ok: true, value: { status: 'deleted' } });
    expect(gateway.reads).toBe(3);
  });
});
