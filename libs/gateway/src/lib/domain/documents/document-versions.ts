/** What one version of a document went through, as the gateway learns it from ingestion's events. */
export type VersionStatus = 'indexing' | 'active' | 'failed' | 'rolled_back' | 'superseded';

export interface VersionFailure {
  readonly step: string;
  readonly code: string;
  readonly message: string;
}

export interface VersionState {
  readonly version: number;
  readonly status: VersionStatus;
  readonly chunkCount?: number;
  readonly failure?: VersionFailure;
}

export type VersionEvent =
  /** Registered, parsed, chunked, embedded or indexed: still on its way. */
  | { readonly kind: 'progressed'; readonly version: number; readonly chunkCount?: number }
  | { readonly kind: 'activated'; readonly version: number; readonly previousVersion?: number }
  | { readonly kind: 'failed'; readonly version: number; readonly failure: VersionFailure }
  | { readonly kind: 'rolled_back'; readonly version: number };

/**
 * Where each status may go. Never backwards: a version that ended (`rolled_back`, `superseded`)
 * stays so and `active` can only be superseded. After `failed` a step event may be a late one
 * from another topic, so only the ends count: the rollback, or the activation that proves a
 * retriable failure was retried successfully.
 */
const NEXT: Readonly<Record<VersionStatus, readonly VersionStatus[]>> = {
  indexing: ['active', 'failed', 'rolled_back', 'superseded'],
  failed: ['active', 'superseded', 'rolled_back'],
  rolled_back: [],
  active: ['superseded'],
  superseded: [],
};

export function canMove(from: VersionStatus, to: VersionStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * The versions an event changes (new or updated states; the others are untouched). Events
 * arrive out of order and twice: applying one again changes nothing, and only the highest
 * activated version is active — activating a version retires every lower active one, and a
 * late activation of a version older than the active one leaves it superseded.
 */
export function applyVersionEvent(versions: readonly VersionState[], event: VersionEvent): VersionState[] {
  const existing = versions.find((v) => v.version === event.version);
  const current: VersionState = existing ?? { version: event.version, status: 'indexing' };
  const changes: VersionState[] = [];
  const change = (next: VersionState): void => {
    const before = versions.find((v) => v.version === next.version);
    if (!before || before.status !== next.status || before.chunkCount !== next.chunkCount || before.failure !== next.failure) changes.push(next);
  };
  switch (event.kind) {
    case 'progressed':
      change({ ...current, ...(event.chunkCount === undefined ? {} : { chunkCount: event.chunkCount }) });
      break;
    case 'failed': {
      const status = canMove(current.status, 'failed') ? 'failed' : current.status;
      // Kept also when a rollback overtook the failure; an active version never shows one.
      const failed = status === 'failed' || status === 'rolled_back';
      change({ ...current, status, ...(failed ? { failure: current.failure ?? event.failure } : {}) });
      break;
    }
    case 'rolled_back':
      change({ ...current, status: canMove(current.status, 'rolled_back') ? 'rolled_back' : current.status });
      break;
    case 'activated': {
      const newerActive = versions.some((v) => v.version > event.version && (v.status === 'active' || v.status === 'superseded'));
      const target: VersionStatus = newerActive ? 'superseded' : 'active';
      // An activated version shows no failure: the one reported was retried successfully.
      const { failure: _retried, ...succeeded } = current;
      if (canMove(current.status, target)) change({ ...succeeded, status: target });
      if (newerActive) break;
      for (const older of versions) {
        // The previous version was active whatever we saw of it (its activation may still be on its way).
        const wasActive = older.status === 'active' || (older.version === event.previousVersion && canMove(older.status, 'superseded'));
        if (older.version < event.version && wasActive) {
          const { failure: _retried, ...rest } = older;
          change({ ...rest, status: 'superseded' });
        }
      }
      break;
    }
  }
  return changes;
}

/** The version retrieval searches: the highest active one. */
export function activeVersionOf(versions: readonly VersionState[]): number | undefined {
  return versions.filter((v) => v.status === 'active').reduce<number | undefined>((max, v) => (max === undefined || v.version > max ? v.version : max), undefined);
}
