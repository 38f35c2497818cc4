import { CHINESE_PATTERNS } from './chinese-patterns';
import { ENGLISH_PATTERNS } from './english-patterns';
import { EUROPEAN_PATTERNS } from './european-patterns';

/**
 * A phrase of prompt injection or jailbreak, matched against folded text (lowercase, no
 * accents; see `foldText`) and against its de-obfuscated views (see `textViews`). Each pattern
 * needs the attack's object ("previous instructions", "system prompt", "without
 * restrictions") or its addressee ("note to the AI:"), not just its verb: customers
 * legitimately ask to ignore an email, to see the rules of a programme or to enable a
 * router's developer mode, and those must pass.
 */
export interface AttackPattern {
  label: AttackLabel;
  /** How sure a match makes us; all are high enough to block, the order helps triage. */
  score: number;
  pattern: RegExp;
}

export type AttackLabel =
  | 'ignore_instructions'
  | 'system_prompt_extraction'
  | 'role_override'
  | 'restriction_bypass'
  | 'delimiter_injection'
  | 'obfuscated_payload'
  | 'indirect_injection'
  | 'authority_claim';

/** Every language's patterns; detection keeps the highest-scoring match. */
export const ATTACK_PATTERNS: readonly AttackPattern[] = [...ENGLISH_PATTERNS, ...EUROPEAN_PATTERNS, ...CHINESE_PATTERNS];
