import type { AnswerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import type { OutputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import type { QuerySagaContext } from '../query-saga.config';
import { required } from '../query-saga.errors';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import { answerLanguage, queryRef } from '../query-ref';
import { evaluateEscalation } from './escalation.step';
import { retraction } from './retraction';

/** The whole answer is screened once more (no `sentenceIndex`), against the passages it used. */
export function onModelInvoked(s: StartedQuerySagaState, ctx: QuerySagaContext): QuerySagaMessage[] {
  return [
    sagaMessage(screenOutputV1, {
      ...queryRef(s),
      text: required(s.answer, 'answer').text,
      passages: s.knowledge?.passages ?? [],
      language: answerLanguage(s, ctx.config.defaultLanguage),
    }),
  ];
}

/** A passing (or redacted) answer goes to the escalation decision with every signal gathered. */
export function onOutputScreened(s: StartedQuerySagaState, screened: OutputScreenedV1, ctx: QuerySagaContext): QuerySagaMessage[] {
  if (screened.verdict !== 'block') return [evaluateEscalation(s)];
  const ungrounded = screened.findings.some((f) => f.type === 'ungrounded');
  return answerBlocked(s, ungrounded ? 'ungrounded' : 'output_blocked', ctx);
}

/**
 * The compensation for an answer that streamed but may not stand: retract it, then let the
 * escalation service decide on a handover. Also where an answer that could not be screened in
 * time ends up: unscreened text fails closed.
 */
export function answerBlocked(
  s: StartedQuerySagaState,
  reason: Exclude<AnswerRetractedV1['reason'], 'generation_failed'>,
  ctx: QuerySagaContext,
): QuerySagaMessage[] {
  // The retracted answer is not forwarded, not even as a draft for the agent.
  const { answer: _retracted, ...withdrawn } = s;
  return [retraction(s, reason, ctx), evaluateEscalation(withdrawn, 'guardrail_block')];
}
