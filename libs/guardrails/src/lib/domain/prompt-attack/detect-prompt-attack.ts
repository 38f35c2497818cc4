import { foldText } from '../text/fold-text';
import { ATTACK_PATTERNS, type AttackPattern } from './attack-patterns';

/** A prompt-injection or jailbreak attempt; it has no span because the whole input is refused. */
export interface PromptAttackFinding {
  type: 'prompt_attack';
  action: 'block';
  label: AttackPattern['label'];
  score: number;
}

/**
 * Heuristic detection of prompt injection and jailbreak phrasing in en/es (some fr/de).
 * Returns the strongest match, or `undefined` when the text reads like a normal question.
 * A regex list is a first line only: paraphrases get through, which the model's own
 * guardrails and the output screen are there to catch.
 */
export function detectPromptAttack(text: string): PromptAttackFinding | undefined {
  const folded = foldText(text).replace(/\s+/g, ' ');
  let best: AttackPattern | undefined;
  for (const candidate of ATTACK_PATTERNS) {
    if ((best === undefined || candidate.score > best.score) && candidate.pattern.test(folded)) best = candidate;
  }
  return best && { type: 'prompt_attack', action: 'block', label: best.label, score: best.score };
}
