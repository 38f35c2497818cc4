import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import type { RetrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { describeError } from '@sagewire/errors';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime, type PendingMessage } from '@sagewire/service-kit';
import { toCitations, toPassages } from '../../domain/citations';
import type { EmbeddingModel } from '../../domain/embedding/embedding-model.port';
import { QUERY_EMBEDDING_MODEL } from '../../retrieval.config';
import { SearchIndex } from '../search-index/search-index';

/**
 * Answers the query saga's `RetrieveDocuments` from this process's index: tenant-partitioned,
 * ACL-filtered hybrid search. The search runs before the transaction; the inbox keeps a
 * redelivered command to one reply. An index error is a reply too (`DocumentRetrievalFailed`),
 * so the saga can degrade or escalate instead of waiting for its deadline.
 */
@Injectable()
export class RetrieveDocumentsHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly index: SearchIndex,
    @Inject(QUERY_EMBEDDING_MODEL) private readonly model: EmbeddingModel,
  ) {}

  async handle(envelope: Envelope<RetrieveDocumentsV1>, delivery: DeliveryContext): Promise<void> {
    const reply = await this.search(envelope, delivery.attempt);
    await this.runtime.handleOnce(envelope, delivery, (manager) => this.runtime.publish(manager, [reply]));
  }

  private async search(envelope: Envelope<RetrieveDocumentsV1>, attempt: number): Promise<PendingMessage> {
    const started = performance.now();
    const { queryId, conversationId, text, topK, aclTags } = envelope.data;
    const tenantId = envelope.tenantid;
    const context = causedBy(envelope, this.runtime.source);
    try {
      const [queryVector] = await this.model.embed([text]);
      // An empty tag list means the saga restricts nothing (the index's rule), not "no document".
      const { hits, knowledgeBaseVersion } = await this.index.search({ tenantId, queryText: text, topK, aclTags, ...(queryVector ? { queryVector } : {}) });
      return {
        contract: documentsRetrievedV1, context,
        data: {
          queryId, conversationId, passages: toPassages(hits), citations: toCitations(hits),
          knowledgeBaseVersion: String(knowledgeBaseVersion), latencyMs: performance.now() - started,
        },
      };
    } catch (error) {
      const { code, retriable, message } = describeError(error);
      this.runtime.logger.warn('retrieval failed', { tenantId, queryId, errorCode: code });
      return { contract: documentRetrievalFailedV1, context, data: { queryId, conversationId, errorCode: code, message: message.slice(0, 2000), retriable, attempt } };
    }
  }
}
