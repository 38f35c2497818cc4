import type { DocumentDetail } from '../gateway/documents';
import type { WaitOutcome } from './wait-for';

/**
 * Whether the uploaded version ended: its own history entry when the gateway has one, else the
 * document's status (the latest version's). A newer version showing up means someone uploaded
 * again; the wait then follows the document as it is.
 */
export function ingestionOutcome(version: number): (document: DocumentDetail) => WaitOutcome<DocumentDetail> | undefined {
  return (document) => {
    const entry = document.versions?.find((v) => v.version === version);
    if (entry?.status === 'active' || entry?.status === 'superseded') return { ok: true, value: document };
    if (entry?.status === 'failed' || entry?.status === 'rolled_back') {
      const failure = entry.failure;
      return { ok: false, reason: failure ? `${failure.step} failed (${failure.code}): ${failure.message}` : `version ${version} was ${entry.status.replace('_', ' ')}` };
    }
    if (document.status === 'deleting' || document.status === 'deleted') return { ok: false, reason: `the document is ${document.status}` };
    if (entry || document.version !== version) return undefined;
    if (document.status === 'active') return { ok: true, value: document };
    if (document.status === 'failed' || document.status === 'rolled_back') return { ok: false, reason: document.error ?? `ingestion ${document.status.replace('_', ' ')}` };
    return undefined;
  };
}

export function deletionOutcome(document: DocumentDetail): WaitOutcome<DocumentDetail> | undefined {
  return document.status === 'deleted' ? { ok: true, value: document } : undefined;
}

export const describeDocument = (document: DocumentDetail | undefined): string => (document ? `${document.status} (version ${document.version})` : 'unknown');
