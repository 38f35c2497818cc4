import type { FaultKind, LocalBedrockScript } from '../script';
import { conversationTexts, type Conversation } from './conversation';
import { buildTurnPlan } from './scripted-reply';
import type { TurnPlan } from './turn-plan';

/**
 * What a chat call does, decided by the script: never answer, fail before any content (as an
 * HTTP error), or answer with a turn; the last two after `delayMs` of scripted latency.
 */
export type ChatDecision =
  | { readonly kind: 'hang' }
  | { readonly kind: 'fault'; readonly delayMs: number; readonly fault: Exclude<FaultKind, 'hang'> }
  | { readonly kind: 'reply'; readonly delayMs: number; readonly plan: TurnPlan };

/** Consumes the model's next scripted step and decides the call; both wire protocols start here. */
export function decideChatTurn(script: LocalBedrockScript, modelId: string, conversation: Conversation): ChatDecision {
  const step = script.plan(modelId, conversationTexts(conversation));
  if (step.fault === 'hang') return { kind: 'hang' };
  if (step.fault !== undefined) return { kind: 'fault', delayMs: step.delayMs, fault: step.fault };
  return { kind: 'reply', delayMs: step.delayMs, plan: buildTurnPlan(conversation, step.reply, script.streamTiming) };
}
