import type { StartedQuerySagaState } from './query-saga.state';

/** The ids every query payload starts with: the saga (query) and its Kafka key (conversation). */
export function queryRef(s: StartedQuerySagaState): { queryId: string; conversationId: string } {
  return { queryId: s.query.queryId, conversationId: s.query.conversationId };
}

/** The language to answer in: the latest one the saga learnt, else the configured default. */
export function answerLanguage(s: StartedQuerySagaState, defaultLanguage: string): string {
  return s.language ?? defaultLanguage;
}
