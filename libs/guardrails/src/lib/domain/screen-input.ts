import type { InputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { strongestAction, type GuardrailFinding } from './finding';
import { detectPii } from './pii/detect-pii';
import { DEFAULT_PII_POLICY, type PiiPolicy } from './pii/pii-policy';
import { maskedText } from './masked-text';
import { detectPromptAttack } from './prompt-attack/detect-prompt-attack';
import { TopicScreen } from './topics/topic-screen';
import { DEFAULT_PROFANITY, profanityFilter, WordScreen } from './words/word-screen';

/** A tenant's rules for screening questions. */
export interface InputPolicy {
  pii: PiiPolicy;
  /** Off only for tenants that screen prompts upstream themselves. */
  blockPromptAttacks: boolean;
  /** The denied topics the tenant enabled; a question about one is refused. */
  topics: TopicScreen;
  /** The tenant's word filters and the profanity list, with their input actions. */
  words: WordScreen;
}

export const DEFAULT_INPUT_POLICY: InputPolicy = {
  pii: DEFAULT_PII_POLICY,
  blockPromptAttacks: true,
  topics: TopicScreen.of([]),
  words: WordScreen.of(profanityFilter(DEFAULT_PROFANITY.input)),
};

/** Outcome of screening one question, in the `InputScreened` contract's terms. */
export type InputScreening = Pick<InputScreenedV1, 'verdict' | 'findings' | 'redactedText'>;

/**
 * Screens a customer's question for personal data, filtered words, denied topics and prompt
 * attacks. Block wins over redact. `redactedText` masks every personal-data span and filtered
 * word the policy does not ignore, blocked ones too, so even a refused question can be stored
 * and logged without the data in it; flagged words stay, they are only counted.
 */
export function screenInput(text: string, policy: InputPolicy = DEFAULT_INPUT_POLICY): InputScreening {
  const pii = detectPii(text, policy.pii).filter((f) => f.action !== 'none');
  const words = policy.words.find(text);
  const attack = policy.blockPromptAttacks ? detectPromptAttack(text) : undefined;
  const findings: GuardrailFinding[] = [...pii, ...words, ...policy.topics.find(text), ...(attack ? [attack] : [])];
  const action = strongestAction(findings);
  return {
    verdict: action === 'none' ? 'allow' : action,
    findings,
    redactedText: maskedText(text, pii, words, policy.words),
  };
}
