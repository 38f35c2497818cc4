import { answerRetractedV1, type AnswerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { cannedReply } from '../canned-replies';
import type { QuerySagaContext } from '../query-saga.config';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import { answerLanguage, queryRef } from '../query-ref';

/**
 * Tells the client to withdraw whatever it showed of the answer and show the safe reply instead.
 * The saga does not track chunk sequences (chunks bypass it), so the list is empty: it means
 * "everything shown for this query".
 */
export function retraction(s: StartedQuerySagaState, reason: AnswerRetractedV1['reason'], ctx: QuerySagaContext): QuerySagaMessage {
  return sagaMessage(answerRetractedV1, {
    ...queryRef(s),
    reason,
    retractedChunkSequences: [],
    replacementText: cannedReply(answerLanguage(s, ctx.config.defaultLanguage)),
  });
}
