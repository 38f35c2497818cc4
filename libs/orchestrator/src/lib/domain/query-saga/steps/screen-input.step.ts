import type { InputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { inputBlocked } from '../apply-input';
import { unwind } from '../compensations';
import { required } from '../query-saga.errors';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import { queryRef } from '../query-ref';
import { evaluateEscalation } from './escalation.step';

/**
 * Blocked input: no model will run, so the hold goes back at once and a human may take over.
 * Otherwise the redacted question is routed (the raw text is already gone from the state).
 */
export function onInputScreened(s: StartedQuerySagaState, screened: InputScreenedV1): QuerySagaMessage[] {
  if (inputBlocked(screened)) return [...unwind(s, 'input_blocked'), evaluateEscalation(s, 'guardrail_block')];
  const text = required(s.question, 'redacted question');
  return [sagaMessage(routeQueryV1, { ...queryRef(s), text, language: s.language, turn: s.query.turn })];
}
