import { words } from '../text/fold-text';

/**
 * A deliberately tiny list of insults (folded: lowercase, no accents) in the five supported
 * languages. An answer calling someone one is never shown: our own assistant has no reason
 * to, so a hit means the model was steered into abuse. Swearing that insults nobody ("shit",
 * "merde") is the managed profanity list's business (`domain/words`), where a tenant chooses
 * to mask or block it.
 */
const TOXIC_WORDS: ReadonlySet<string> = new Set([
  'idiot', 'idiots', 'stupid', 'moron', 'morons', 'dumbass', 'bastard', 'asshole',
  'idiota', 'idiotas', 'estupido', 'estupida', 'imbecil', 'cabron', 'gilipollas',
  'connard', 'connasse', 'debile',
  'arschloch', 'vollidiot', 'depp',
]);

/** Phrases the CJK text has no word boundaries for, so they are matched as substrings. */
const TOXIC_SUBSTRINGS: readonly string[] = ['傻逼', '白痴', '蠢货', '混蛋'];

/** A toxicity finding: the text is blocked, never redacted, because rewording is not our job. */
export interface ToxicityFinding {
  type: 'toxicity';
  action: 'block';
  label: 'profanity';
  score: number;
}

/** Returns a blocking finding when the text uses a listed insult or profanity. */
export function detectToxicity(text: string): ToxicityFinding | undefined {
  const hit = words(text).some((w) => TOXIC_WORDS.has(w)) || TOXIC_SUBSTRINGS.some((s) => text.includes(s));
  return hit ? { type: 'toxicity', action: 'block', label: 'profanity', score: 1 } : undefined;
}
