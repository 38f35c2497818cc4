import { randomUUID } from 'node:crypto';
import { documentsRetrievedV1, type DocumentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { retrieveDocumentsV1, type RetrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { eventually } from '@sagewire/testing';
import type { ServiceWorld } from './service-world';

/** A `RetrieveDocuments` as the query saga sends it (a new query and conversation unless given). */
export function retrieval(text: string, overrides: Partial<RetrieveDocumentsV1> = {}): RetrieveDocumentsV1 {
  return { queryId: `qry_${randomUUID()}`, conversationId: `conv_${randomUUID()}`, text, language: 'en', topK: 5, aclTags: [], ...overrides };
}

/** Asks retrieval once and waits for its `DocumentsRetrieved`. */
export async function retrieve(world: ServiceWorld, tenantId: string, text: string, overrides: Partial<RetrieveDocumentsV1> = {}): Promise<DocumentsRetrievedV1> {
  const command = await world.send(retrieveDocumentsV1, tenantId, retrieval(text, overrides));
  const [reply] = await world.awaitMatching(documentsRetrievedV1, (e) => e.causationid === command.id);
  return reply!.data;
}

/**
 * Asks until the answer satisfies `expectation`: each process's index follows an activation a
 * few milliseconds after `DocumentVersionActivated` is published (eventual consistency).
 */
export function retrieveUntil(
  world: ServiceWorld, tenantId: string, text: string, expectation: (r: DocumentsRetrievedV1) => void, overrides: Partial<RetrieveDocumentsV1> = {},
): Promise<DocumentsRetrievedV1> {
  return eventually(async () => {
    const reply = await retrieve(world, tenantId, text, overrides);
    expectation(reply);
    return reply;
  }, { intervalMs: 50 });
}
