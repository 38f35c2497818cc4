/**
 * The status a document shows: the progress of its latest version through the ingestion saga,
 * or where its deletion stands (`deleting` from the request until ingestion's `DocumentDeleted`).
 */
export type DocumentStatus =
  | 'registered' | 'parsed' | 'chunked' | 'embedded' | 'indexed' | 'active' | 'failed' | 'rolled_back' | 'deleting' | 'deleted';

/** The in-flight steps, in saga order; `active`, `failed` and `rolled_back` end a version. */
const STEP: Readonly<Partial<Record<DocumentStatus, number>>> = { registered: 1, parsed: 2, chunked: 3, embedded: 4, indexed: 5 };

export interface DocumentProgress {
  readonly version: number;
  readonly status: DocumentStatus;
}

export interface StatusEvent {
  /** Absent for whole-document events (deletion). */
  readonly version?: number;
  readonly status: DocumentStatus;
}

/** Whether a version-level status may follow another of the same version (never backwards). */
function followsWithinVersion(current: DocumentStatus, next: DocumentStatus): boolean {
  const from = STEP[current];
  const to = STEP[next];
  if (from !== undefined) return to === undefined || to > from;
  // A step event after `failed` may be a late one from another topic, not a recovery: only the
  // ends count (the rollback, or the activation after a retriable failure was retried).
  if (current === 'failed') return next === 'rolled_back' || next === 'active';
  return false;
}

/**
 * The next status, or undefined to keep the current one. Deletion is final and, once asked
 * for, no version event changes what the document shows. Events of an older version never
 * change what the latest version shows; within a version a status never moves back (a
 * redelivered `parsed` after `indexed`, a late `failed` after `active`).
 */
export function nextDocumentProgress(current: DocumentProgress, event: StatusEvent): DocumentProgress | undefined {
  if (current.status === 'deleted') return undefined;
  if (event.status === 'deleted') return { version: current.version, status: 'deleted' };
  if (event.status === 'deleting') return current.status === 'deleting' ? undefined : { version: current.version, status: 'deleting' };
  if (current.status === 'deleting') return undefined;
  const version = event.version ?? current.version;
  if (version < current.version) return undefined;
  if (version > current.version) return { version, status: event.status };
  return followsWithinVersion(current.status, event.status) ? { version, status: event.status } : undefined;
}
