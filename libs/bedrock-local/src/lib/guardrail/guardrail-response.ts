import type { GuardrailPolicy } from './guardrail-config';
import type { GuardrailRequest } from './guardrail-request';
import type { GuardrailEvaluation } from './evaluate-guardrail';

/** Bedrock bills guardrails in text units of up to 1,000 characters, per block and policy. */
const CHARACTERS_PER_TEXT_UNIT = 1_000;

/** Local wording: Bedrock documents `actionReason` only as free text. */
const ACTION_REASON = { blocked: 'Guardrail blocked.', masked: 'Guardrail masked.', none: 'No action.' } as const;

const length = (texts: readonly { text: string }[]): number => texts.reduce((sum, b) => sum + b.text.length, 0);

/**
 * The ApplyGuardrail response for an evaluation: blocked text is replaced by the guardrail's
 * blocked message for its source, masked text comes back block by block, and untouched text
 * comes back as no output at all. Each configured policy is billed the screened text units.
 */
export function applyGuardrailBody(policy: GuardrailPolicy, request: GuardrailRequest, evaluation: GuardrailEvaluation, latencyMs: number): unknown {
  const screened = request.blocks.filter((b) => b.screened);
  const units = screened.reduce((sum, b) => sum + Math.ceil(b.text.length / CHARACTERS_PER_TEXT_UNIT), 0);
  const billed = (configured: boolean): number => (configured ? units : 0);
  const usage = {
    topicPolicyUnits: billed(policy.deniedTopics.length > 0),
    contentPolicyUnits: billed(policy.contentFilters.length > 0),
    wordPolicyUnits: billed(policy.words.length > 0 || policy.profanity),
    sensitiveInformationPolicyUnits: billed(policy.pii.length > 0),
    sensitiveInformationPolicyFreeUnits: 0,
    contextualGroundingPolicyUnits: 0,
  };
  const guardrailCoverage = { textCharacters: { guarded: length(screened), total: length(request.blocks) } };

  const { topics, contentFilters, customWords, managedWords, piiEntities } = evaluation;
  const masked = piiEntities.some((p) => p.action === 'ANONYMIZED');
  const outcome = evaluation.blocked ? 'blocked' : masked ? 'masked' : 'none';
  const blockedMessage = request.source === 'INPUT' ? policy.blockedInputMessaging : policy.blockedOutputsMessaging;
  const outputs = outcome === 'blocked' ? [{ text: blockedMessage }] : outcome === 'masked' ? evaluation.maskedTexts.map((text) => ({ text })) : [];
  const assessment = {
    ...(topics.length > 0 ? { topicPolicy: { topics } } : {}),
    ...(contentFilters.length > 0 ? { contentPolicy: { filters: contentFilters } } : {}),
    ...(customWords.length + managedWords.length > 0 ? { wordPolicy: { customWords, managedWordLists: managedWords } } : {}),
    ...(piiEntities.length > 0 ? { sensitiveInformationPolicy: { piiEntities, regexes: [] } } : {}),
    invocationMetrics: { guardrailProcessingLatency: latencyMs, usage, guardrailCoverage },
  };
  return {
    usage,
    action: outcome === 'none' ? 'NONE' : 'GUARDRAIL_INTERVENED',
    actionReason: ACTION_REASON[outcome],
    outputs,
    assessments: [assessment],
    guardrailCoverage,
  };
}
