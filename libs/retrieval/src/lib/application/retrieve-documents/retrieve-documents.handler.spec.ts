import { createEnvelope } from '@sagewire/contracts';
import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { AppError } from '@sagewire/errors';
import { silentLogger, type DeliveryContext } from '@sagewire/messaging';
import type { PendingMessage, ServiceRuntime } from '@sagewire/service-kit';
import { LocalEmbeddingModel } from '../../domain/embedding/local-embedding';
import type { SearchIndex } from '../search-index/search-index';
import { RetrieveDocumentsHandler } from './retrieve-documents.handler';

describe('RetrieveDocumentsHandler', () => {
  it('answers an index error with DocumentRetrievalFailed, keeping its code and retriability', async () => {
    const published: PendingMessage[] = [];
    // Only what the handler touches: the inbox runs the effect, the outbox records the messages.
    const runtime = {
      source: '/sagewire/retrieval',
      logger: silentLogger,
      handleOnce: (_e: unknown, _d: unknown, effect: (manager: unknown) => Promise<unknown>) => effect({}),
      publish: (_manager: unknown, messages: PendingMessage[]) => Promise.resolve(published.push(...messages)),
    } as unknown as ServiceRuntime;
    const index = {
      search: () => Promise.reject(new AppError('RETRIEVAL.INDEX_UNAVAILABLE', 'index is rebuilding', { retriable: true })),
    } as unknown as SearchIndex;
    const handler = new RetrieveDocumentsHandler(runtime, index, new LocalEmbeddingModel(16));
    const envelope = createEnvelope(retrieveDocumentsV1, { queryId: 'q1', conversationId: 'c1', text: 'refund', language: 'en', topK: 3, aclTags: [] }, {
      source: '/sagewire/orchestrator', tenantId: 't1', correlationId: 'q1', subject: 'c1',
    });
    await handler.handle(envelope, { attempt: 2 } as DeliveryContext);
    expect(published).toHaveLength(1);
    expect(published[0]!.contract).toBe(documentRetrievalFailedV1);
    expect(published[0]!.data).toEqual({ queryId: 'q1', conversationId: 'c1', errorCode: 'RETRIEVAL.INDEX_UNAVAILABLE', message: 'index is rebuilding', retriable: true, attempt: 2 });
    expect(published[0]!.context).toMatchObject({ tenantId: 't1', correlationId: 'q1', subject: 'c1', causationId: envelope.id });
  });
});
