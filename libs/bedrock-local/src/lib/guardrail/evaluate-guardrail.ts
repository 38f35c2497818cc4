import type { GuardrailContentFilterType, GuardrailPolicy, LocalGuardrailPiiType } from './guardrail-config';
import { findPii, maskPii } from './guardrail-pii';
import type { GuardrailRequest } from './guardrail-request';
import { findPhrase } from './phrase-match';

/** A tiny stand-in for Bedrock's managed profanity list. */
const PROFANITY = ['fuck', 'fucking', 'shit', 'bullshit', 'crap'];

/** Assessment entries in the wire shapes of ApplyGuardrail's response. */
export interface TopicResult { readonly name: string; readonly type: 'DENY'; readonly action: 'BLOCKED' | 'NONE'; readonly detected: boolean }
export interface ContentFilterResult {
  readonly type: GuardrailContentFilterType;
  readonly confidence: 'HIGH' | 'NONE';
  readonly filterStrength: 'LOW' | 'MEDIUM' | 'HIGH';
  readonly action: 'BLOCKED' | 'NONE';
  readonly detected: boolean;
}
export interface CustomWordResult { readonly match: string; readonly action: 'BLOCKED'; readonly detected: true }
export interface ManagedWordResult { readonly match: string; readonly type: 'PROFANITY'; readonly action: 'BLOCKED'; readonly detected: true }
export interface PiiEntityResult { readonly match: string; readonly type: LocalGuardrailPiiType; readonly action: 'ANONYMIZED' | 'BLOCKED'; readonly detected: true }

/** What one guardrail found in one request. */
export interface GuardrailEvaluation {
  /** Detected topics, or with FULL scope every configured topic. */
  readonly topics: readonly TopicResult[];
  /** Detected content filters, or with FULL scope every one that applies to the source. */
  readonly contentFilters: readonly ContentFilterResult[];
  readonly customWords: readonly CustomWordResult[];
  readonly managedWords: readonly ManagedWordResult[];
  readonly piiEntities: readonly PiiEntityResult[];
  /** Something blocks the text: the output is the blocked message. */
  readonly blocked: boolean;
  /** Each block's text with anonymized spans masked (reference blocks unchanged). */
  readonly maskedTexts: readonly string[];
}

function detectedIn(texts: readonly string[], phrases: readonly string[]): boolean {
  return texts.some((text) => findPhrase(text, phrases) !== undefined);
}

/** Every whole-word occurrence of each entry of `list`, per text. */
function wordMatches(texts: readonly string[], list: readonly string[]): string[] {
  return texts.flatMap((text) => list.flatMap((word) => findPhrase(text, [word]) ?? []));
}

/**
 * Screens the request's screened blocks against the policy, deterministically: phrases stand
 * in for Bedrock's classifiers, so a phrase found is a HIGH-confidence detection. Prompt-attack
 * filters screen `INPUT` only, as on Bedrock.
 */
export function evaluateGuardrail(policy: GuardrailPolicy, request: GuardrailRequest): GuardrailEvaluation {
  const texts = request.blocks.filter((b) => b.screened).map((b) => b.text);
  const topics = policy.deniedTopics.flatMap((topic): TopicResult[] => {
    const detected = detectedIn(texts, topic.phrases);
    return detected || request.fullScope ? [{ name: topic.name, type: 'DENY', action: detected ? 'BLOCKED' : 'NONE', detected }] : [];
  });
  const contentFilters = policy.contentFilters
    .filter((filter) => filter.type !== 'PROMPT_ATTACK' || request.source === 'INPUT')
    .flatMap((filter): ContentFilterResult[] => {
      const detected = detectedIn(texts, filter.phrases);
      if (!detected && !request.fullScope) return [];
      return [{ type: filter.type, confidence: detected ? 'HIGH' : 'NONE', filterStrength: filter.strength, action: detected ? 'BLOCKED' : 'NONE', detected }];
    });
  const customWords = wordMatches(texts, policy.words).map((match): CustomWordResult => ({ match, action: 'BLOCKED', detected: true }));
  const managedWords = policy.profanity
    ? wordMatches(texts, PROFANITY).map((match): ManagedWordResult => ({ match, type: 'PROFANITY', action: 'BLOCKED', detected: true }))
    : [];

  const actionOf = new Map(policy.pii.map((p) => [p.type, p.action]));
  const piiByBlock = request.blocks.map((b) => (b.screened ? findPii(b.text, [...actionOf.keys()]) : []));
  const piiEntities = piiByBlock.flat().map((m): PiiEntityResult => ({
    match: m.match, type: m.type, action: actionOf.get(m.type) === 'BLOCK' ? 'BLOCKED' : 'ANONYMIZED', detected: true,
  }));
  const maskedTexts = request.blocks.map((b, i) => maskPii(b.text, piiByBlock[i]!.filter((m) => actionOf.get(m.type) === 'ANONYMIZE')));

  const blocked = topics.some((t) => t.detected) || contentFilters.some((f) => f.detected)
    || customWords.length > 0 || managedWords.length > 0 || piiEntities.some((p) => p.action === 'BLOCKED');
  return { topics, contentFilters, customWords, managedWords, piiEntities, blocked, maskedTexts };
}
