import type { Client } from '@opensearch-project/opensearch';
import { deleteMatching } from './delete-matching';

/** A document whose every other version must go. */
export interface VersionToKeep {
  readonly tenantId: string;
  readonly documentId: string;
  readonly version: number;
}

/** Documents per query: each adds three clauses, and OpenSearch caps a query at 1,024. */
const DOCUMENTS_PER_REQUEST = 200;

/**
 * Deletes, for each document, the chunks of every version but the one to keep. Deletion only
 * sees refreshed chunks, so the caller's unrefreshed new version is never at risk, and it does
 * not refresh: the caller's single refresh exposes the new version and the deletion together.
 */
export async function deleteVersions(client: Client, index: string, keep: readonly VersionToKeep[]): Promise<void> {
  for (let start = 0; start < keep.length; start += DOCUMENTS_PER_REQUEST) {
    const should = keep.slice(start, start + DOCUMENTS_PER_REQUEST).map(({ tenantId, documentId, version }) => ({
      bool: { filter: [{ term: { tenant_id: tenantId } }, { term: { document_id: documentId } }], must_not: [{ term: { version } }] },
    }));
    await deleteMatching(client, index, { bool: { should, minimum_should_match: 1 } });
  }
}
