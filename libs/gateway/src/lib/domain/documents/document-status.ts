/** The status a document shows: the progress of its latest version through the ingestion saga. */
export type DocumentStatus = 'registered' | 'parsed' | 'chunked' | 'embedded' | 'indexed' | 'active' | 'failed' | 'deleted';

const PROGRESS: Readonly<Record<DocumentStatus, number>> = {
  registered: 1, parsed: 2, chunked: 3, embedded: 4, indexed: 5, active: 6, failed: 0, deleted: 7,
};

export interface DocumentProgress {
  readonly version: number;
  readonly status: DocumentStatus;
}

export interface StatusEvent {
  /** Absent for whole-document events (deletion). */
  readonly version?: number;
  readonly status: DocumentStatus;
}

/**
 * The next status, or undefined to keep the current one. Events of an older version never
 * change what the latest version shows; a step never moves back (a redelivered `parsed`
 * after `indexed`); a failure can be followed by a retried step of the same version.
 */
export function nextDocumentProgress(current: DocumentProgress, event: StatusEvent): DocumentProgress | undefined {
  if (current.status === 'deleted') return undefined;
  if (event.status === 'deleted') return { version: current.version, status: 'deleted' };
  const version = event.version ?? current.version;
  if (version < current.version) return undefined;
  if (version > current.version) return { version, status: event.status };
  if (event.status === 'failed') return current.status === 'active' ? undefined : { version, status: 'failed' };
  return PROGRESS[event.status] > PROGRESS[current.status] ? { version, status: event.status } : undefined;
}
