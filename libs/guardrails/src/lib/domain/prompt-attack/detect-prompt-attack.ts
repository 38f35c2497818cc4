import { ATTACK_PATTERNS, type AttackPattern } from './attack-patterns';
import { textViews } from './text-views';

/** A prompt-injection or jailbreak attempt; it has no span because the whole input is refused. */
export interface PromptAttackFinding {
  type: 'prompt_attack';
  action: 'block';
  label: AttackPattern['label'];
  score: number;
}

/**
 * Heuristic detection of prompt injection and jailbreak phrasing in en/es/fr/de/zh, also when
 * spelled out, leetspeak'd, encoded in base64/hex, reversed or ROT13'd (see `textViews`).
 * Returns the strongest match, or `undefined` when the text reads like a normal question.
 * A regex list is a first line only: paraphrases get through, which the model's own
 * guardrails and the output screen are there to catch. Measured by `npm run eval:prompt-attacks`.
 */
export function detectPromptAttack(text: string): PromptAttackFinding | undefined {
  let best: AttackPattern | undefined;
  for (const view of textViews(text)) {
    for (const candidate of ATTACK_PATTERNS) {
      if ((best === undefined || candidate.score > best.score) && candidate.pattern.test(view)) best = candidate;
    }
  }
  return best && { type: 'prompt_attack', action: 'block', label: best.label, score: best.score };
}
