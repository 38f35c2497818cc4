import { activeVersionOf, applyVersionEvent, type VersionEvent, type VersionState } from './document-versions';

/** Applies events in order, as the handler does, and returns the history by version. */
function replay(events: readonly VersionEvent[], start: readonly VersionState[] = []): VersionState[] {
  let versions = [...start];
  for (const event of events) {
    const changes = applyVersionEvent(versions, event);
    versions = [...versions.filter((v) => !changes.some((c) => c.version === v.version)), ...changes].sort((a, b) => a.version - b.version);
  }
  return versions;
}

const failure = { step: 'embed', code: 'INGESTION.EMBEDDING_FAILED', message: 'the model is unavailable' };

describe('applyVersionEvent', () => {
  it('follows a version from indexing to active, keeping its chunk count', () => {
    const versions = replay([{ kind: 'progressed', version: 1 }, { kind: 'progressed', version: 1, chunkCount: 12 }, { kind: 'activated', version: 1 }]);
    expect(versions).toEqual([{ version: 1, status: 'active', chunkCount: 12 }]);
  });

  it('supersedes the previous active version when a newer one is activated', () => {
    const versions = replay([{ kind: 'activated', version: 1 }, { kind: 'progressed', version: 2 }, { kind: 'activated', version: 2, previousVersion: 1 }]);
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'active']]);
    expect(activeVersionOf(versions)).toBe(2);
  });

  it('keeps the newer version active when an older activation or failure arrives late', () => {
    const versions = replay([{ kind: 'progressed', version: 1 }, { kind: 'activated', version: 2 }, { kind: 'activated', version: 1 }, { kind: 'failed', version: 1, failure }]);
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'active']]);
    expect(versions[0]!.failure).toBeUndefined();
    expect(activeVersionOf(versions)).toBe(2);
    const failedFirst = replay([{ kind: 'failed', version: 1, failure }, { kind: 'activated', version: 2 }, { kind: 'activated', version: 1 }]);
    expect(failedFirst.map((v) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'active']]);
    expect(activeVersionOf(failedFirst)).toBe(2);
  });

  it('records a failure with its step, code and reason, then the rollback; late steps do not revive it', () => {
    const versions = replay([{ kind: 'failed', version: 2, failure }, { kind: 'progressed', version: 2, chunkCount: 4 }, { kind: 'rolled_back', version: 2 }, { kind: 'failed', version: 2, failure }]);
    expect(versions).toEqual([{ version: 2, status: 'rolled_back', chunkCount: 4, failure }]);
  });

  it('lets an activation end a retriable failure, dropping the failure it overcame', () => {
    expect(replay([{ kind: 'failed', version: 1, failure }, { kind: 'progressed', version: 1, chunkCount: 5 }, { kind: 'activated', version: 1 }]))
      .toEqual([{ version: 1, status: 'active', chunkCount: 5 }]);
  });

  it('keeps the failure when the rollback arrives first', () => {
    expect(replay([{ kind: 'rolled_back', version: 3 }, { kind: 'failed', version: 3, failure }])).toEqual([{ version: 3, status: 'rolled_back', failure }]);
  });

  it('changes nothing when an event is applied twice', () => {
    const versions = replay([{ kind: 'activated', version: 1 }, { kind: 'failed', version: 2, failure }]);
    expect(applyVersionEvent(versions, { kind: 'activated', version: 1 })).toEqual([]);
    expect(applyVersionEvent(versions, { kind: 'failed', version: 2, failure })).toEqual([]);
    expect(applyVersionEvent(versions, { kind: 'progressed', version: 1 })).toEqual([]);
  });

  it('never lets an active version fail or go back to indexing', () => {
    const versions = replay([{ kind: 'activated', version: 1 }, { kind: 'progressed', version: 1, chunkCount: 3 }, { kind: 'failed', version: 1, failure }]);
    expect(versions).toEqual([{ version: 1, status: 'active', chunkCount: 3 }]);
  });
});
