import type { QueryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import type { QuerySagaContext } from '../query-saga.config';
import { required } from '../query-saga.errors';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import { answerLanguage, queryRef } from '../query-ref';
import { evaluateEscalation } from './escalation.step';

/** Questions the router marks `escalate` skip retrieval and generation: a human is the answer. */
export function onQueryRouted(s: StartedQuerySagaState, routed: QueryRoutedV1, ctx: QuerySagaContext): QuerySagaMessage[] {
  return routed.complexity === 'escalate' ? [evaluateEscalation(s)] : startRetrieval(s, ctx);
}

/** Searches the knowledge base with the redacted question, within the configured ACL tags. */
export function startRetrieval(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  const { topK, aclTags, defaultLanguage } = ctx.config;
  return [
    sagaMessage(retrieveDocumentsV1, {
      ...queryRef(s),
      text: required(s.question, 'redacted question'),
      language: answerLanguage(s, defaultLanguage),
      topK,
      aclTags: [...aclTags],
    }),
  ];
}
