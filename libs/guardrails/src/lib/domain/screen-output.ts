import type { OutputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { strongestAction, type GuardrailFinding } from './finding';
import { groundingScoreOfPassages } from './grounding/grounding-score';
import { detectPii } from './pii/detect-pii';
import { DEFAULT_PII_POLICY, outputPiiPolicy, type PiiPolicy } from './pii/pii-policy';
import { maskedText } from './masked-text';
import { detectToxicity } from './toxicity/detect-toxicity';
import { TopicScreen } from './topics/topic-screen';
import { DEFAULT_PROFANITY, profanityFilter, WordScreen } from './words/word-screen';

/** A tenant's rules for screening generated answers. */
export interface OutputPolicy {
  pii: PiiPolicy;
  /** Below this grounding score (0..1) an answer with passages is blocked as ungrounded. */
  minGrounding: number;
  /** The denied topics the tenant enabled: an answer (or streamed sentence) about one is blocked. */
  topics: TopicScreen;
  /** The tenant's word filters and the profanity list, with their output actions. */
  words: WordScreen;
  /**
   * What an unsupported streamed sentence gets: `flag` shows it with an `ungrounded` finding
   * (one sentence shares few words with the sources more often than a whole answer does, and
   * the whole-answer check still retracts an ungrounded answer), `block` hides it.
   */
  sentenceGrounding: 'flag' | 'block';
}

/** Lexical grounding is blind to paraphrase, so the default bar only stops answers that share almost nothing with the passages. */
export const DEFAULT_MIN_GROUNDING = 0.2;

export const DEFAULT_OUTPUT_POLICY: OutputPolicy = {
  pii: outputPiiPolicy(DEFAULT_PII_POLICY),
  minGrounding: DEFAULT_MIN_GROUNDING,
  topics: TopicScreen.of([]),
  words: WordScreen.of(profanityFilter(DEFAULT_PROFANITY.output)),
  sentenceGrounding: 'flag',
};

/** Outcome of screening generated text, in the `OutputScreened` contract's terms. */
export type OutputScreening = Pick<OutputScreenedV1, 'verdict' | 'findings' | 'screenedText' | 'groundingScore'>;

/**
 * Screens generated text (one streamed sentence or a whole answer) before the customer sees it:
 * personal data and filtered words are redacted (or block, as the policy says), toxic text and
 * text about a denied topic are blocked, and text that the given passages do not support is
 * blocked as ungrounded. Without passages there is nothing to measure against, so grounding
 * never blocks then (see `groundingScore`). `screenedText` is empty when blocked.
 */
export function screenOutputText(
  text: string,
  passages: ReadonlyArray<{ text: string }>,
  policy: OutputPolicy = DEFAULT_OUTPUT_POLICY,
  scope: 'answer' | 'sentence' = 'answer',
): OutputScreening {
  const pii = detectPii(text, policy.pii).filter((f) => f.action !== 'none');
  const words = policy.words.find(text);
  const findings: GuardrailFinding[] = [...pii, ...words, ...policy.topics.find(text)];
  const toxicity = detectToxicity(text);
  if (toxicity) findings.push(toxicity);
  const score = groundingScoreOfPassages(text, passages);
  if (passages.length > 0 && score < policy.minGrounding) {
    findings.push({ type: 'ungrounded', action: scope === 'sentence' && policy.sentenceGrounding === 'flag' ? 'none' : 'block', score });
  }
  const action = strongestAction(findings);
  return {
    verdict: action === 'none' ? 'pass' : action,
    findings,
    screenedText: action === 'block' ? '' : maskedText(text, pii, words, policy.words),
    groundingScore: score,
  };
}
