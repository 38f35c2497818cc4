import { words } from '../text/fold-text';

/**
 * A deliberately tiny list of insults and profanity (folded: lowercase, no accents) in the five
 * supported languages. An answer containing one is never shown: our own assistant has no
 * reason to use these words, so a hit means the model was steered into abuse.
 */
const TOXIC_WORDS: ReadonlySet<string> = new Set([
  'idiot', 'idiots', 'stupid', 'moron', 'morons', 'dumbass', 'fuck', 'fucking', 'shit', 'bastard', 'asshole',
  'idiota', 'idiotas', 'estupido', 'estupida', 'imbecil', 'mierda', 'cabron', 'gilipollas',
  'connard', 'connasse', 'putain', 'merde', 'debile',
  'arschloch', 'scheisse', 'scheiss', 'vollidiot', 'depp',
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
