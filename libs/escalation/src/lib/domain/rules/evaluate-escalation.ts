import type { EscalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import type { EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { asksForHuman, threatensLegalAction } from './customer-phrases';
import { foldText } from './fold-text';
import { requestedRefund } from './refund-amount';
import { asksForCancellation, asksForRefund } from './refund-or-cancellation';
import { sentimentScore } from './sentiment';

/** Why a query goes to a human, in the contract's terms (`none` when it does not). */
export type EscalationReason = EscalationDecidedV1['reason'];
/** How urgently an agent should pick it up. */
export type EscalationPriority = EscalationDecidedV1['priority'];

/** The signals the rules read; every `EvaluateEscalation` payload provides them. */
export type EscalationSignals = Pick<
  EvaluateEscalationV1,
  'question' | 'turn' | 'confidence' | 'inputVerdict' | 'outputVerdict' | 'routedComplexity' | 'failure' | 'customerTier'
>;

/** A tenant's escalation thresholds. */
export interface EscalationPolicy {
  /** Answers below this model confidence go to a human (SPEC ES-03). */
  minConfidence: number;
  /** More customer turns than this without resolution go to a human (SPEC ES-04). */
  maxTurns: number;
  /**
   * A refund asked above this amount, in the tenant's currency, goes to a human (SPEC ES-09).
   */
  refundLimit: number;
  /** A question whose sentiment scores below this (-1..1) goes to a human (SPEC ES-07). */
  minSentiment: number;
  /**
   * A premium customer asking for a refund or a cancellation goes to a human (SPEC ES-06). A
   * tenant whose premium customers should self-serve these turns it off.
   */
  premiumCustomerSensitive: boolean;
}

/** SPEC ES-09: refunds over $500 go to a human. */
export const DEFAULT_REFUND_LIMIT = 500;
/** SPEC ES-07: a sentiment score below -0.7. */
export const DEFAULT_MIN_SENTIMENT = -0.7;

/**
 * 0.7 is the spec's threshold. Note the local extractive answerer reports 0.5-0.95 (0.2 for
 * "I don't know"), so with it many partial matches escalate; tenants tune this per policy.
 */
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  minConfidence: 0.7,
  maxTurns: 5,
  refundLimit: DEFAULT_REFUND_LIMIT,
  minSentiment: DEFAULT_MIN_SENTIMENT,
  premiumCustomerSensitive: true,
};

/** The decision, in the `EscalationDecided` contract's terms; the rationale is one line for the agent queue. */
export interface EscalationDecision {
  escalate: boolean;
  reason: EscalationReason;
  priority: EscalationPriority;
  rationale: string;
}

type Rule = (signals: EscalationSignals, policy: EscalationPolicy, folded: string) => Omit<EscalationDecision, 'escalate'> | undefined;

/**
 * The rules in priority order: the first that fires decides, so the reason is the most
 * important one. A legal threat comes first: it is the only `urgent` reason, and SPEC ES-01
 * counts "lawyer" and "sue" among the requests for a human, so `legal_threat` is the more
 * specific reading of such a request; ranked below `customer_request` (normal), a threat
 * would wait in the queue as an ordinary handover. Then the `high` guardrail block of the
 * question. Then a premium customer asking for a refund or a cancellation (`high`, ES-06 and
 * ES-13), for the same reason as the legal threat: such a customer often also asks for a
 * human ("cancel my plan, let me talk to someone"), and ranked below `customer_request` the
 * account at risk would wait as a normal handover. It also goes before very negative
 * sentiment, of the same priority, because it names what the customer wants and that the
 * account is at stake. Then the explicit request for a human. Then what the question itself
 * says: very negative sentiment (`high`, ES-13) before a refund over the limit, so an angry
 * customer who also wants a large refund is picked up first; both come before the system-side
 * failures, because they tell the agent more about the customer than "no answer could be produced".
 */
const RULES: readonly Rule[] = [
  (_, __, folded) =>
    threatensLegalAction(folded) ? { reason: 'legal_threat', priority: 'urgent', rationale: 'The customer mentioned legal action.' } : undefined,
  (s) =>
    s.failure === 'guardrail_block' || s.inputVerdict === 'block'
      ? { reason: 'guardrail_block', priority: 'high', rationale: 'A guardrail blocked the question.' }
      : undefined,
  (s, policy, folded) => {
    if (s.customerTier !== 'premium' || !policy.premiumCustomerSensitive) return undefined;
    const asks = [asksForRefund(folded) ? 'a refund' : undefined, asksForCancellation(folded) ? 'a cancellation' : undefined].filter((a) => a !== undefined);
    return asks.length > 0
      ? { reason: 'premium_customer_sensitive', priority: 'high', rationale: `A premium customer asks for ${asks.join(' and ')}.` }
      : undefined;
  },
  (s, _, folded) =>
    s.routedComplexity === 'escalate' || asksForHuman(folded)
      ? { reason: 'customer_request', priority: 'normal', rationale: 'The customer asked for a human agent.' }
      : undefined,
  (s, policy, folded) => {
    const score = sentimentScore(folded, s.question);
    const min = policy.minSentiment;
    return score < min
      ? { reason: 'negative_sentiment', priority: 'high', rationale: `Sentiment ${score.toFixed(2)} is below ${min}.` }
      : undefined;
  },
  (_, policy, folded) => {
    const refund = requestedRefund(folded);
    const limit = policy.refundLimit;
    return refund && refund.value > limit
      ? { reason: 'refund_over_limit', priority: 'normal', rationale: `The customer asks for a refund of ${refund.text} (${refund.value}), above the limit of ${limit}.` }
      : undefined;
  },
  (s) =>
    s.failure === 'generation_failed' || s.failure === 'retrieval_failed'
      ? { reason: s.failure, priority: 'normal', rationale: `No answer could be produced (${s.failure.replace('_', ' ')}).` }
      : undefined,
  (s) =>
    s.outputVerdict === 'block' ? { reason: 'guardrail_block', priority: 'high', rationale: 'A guardrail blocked the generated answer.' } : undefined,
  (s, policy) =>
    s.confidence !== undefined && s.confidence < policy.minConfidence
      ? { reason: 'low_confidence', priority: 'normal', rationale: `Answer confidence ${s.confidence} is below ${policy.minConfidence}.` }
      : undefined,
  (s, policy) =>
    s.turn > policy.maxTurns
      ? { reason: 'max_turns_exceeded', priority: 'normal', rationale: `Turn ${s.turn} exceeds the limit of ${policy.maxTurns}.` }
      : undefined,
];

/**
 * Decides whether a human takes over, applying in order: legal threat, guardrail block of the
 * question, a premium customer asking for a refund or a cancellation, explicit request for a
 * human, very negative sentiment, refund over the limit, failed retrieval or generation,
 * guardrail block of the answer, low confidence, too many turns. A customer whose tier is not
 * known counts as standard. No rule firing means no escalation (reason `none`, priority
 * `low`), matching the contract's "escalate false comes with none".
 */
export function evaluateEscalation(signals: EscalationSignals, policy: EscalationPolicy = DEFAULT_ESCALATION_POLICY): EscalationDecision {
  const folded = foldText(signals.question);
  for (const rule of RULES) {
    const decision = rule(signals, policy, folded);
    if (decision) return { escalate: true, ...decision };
  }
  return { escalate: false, reason: 'none', priority: 'low', rationale: 'No escalation rule applies.' };
}
