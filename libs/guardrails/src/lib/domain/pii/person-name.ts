/**
 * Names only where the customer says one is coming: "my name is", "her maiden name is",
 * "me llamo", "je m'appelle", "ich heiße", "我叫". Without a language model there is no telling
 * "Jordan" the person from Jordan the country, so recall is low by design; what is taken is
 * very likely a name. Names must be capitalised, so "my name is spelled wrong" is not one.
 */
const CUES = [
  '(?:my|his|her|their|maiden|full|first|last|family) name is', 'mi nombre es', 'me llamo', "je m['’]appelle", 'mon nom est',
  'ich hei(?:ß|ss)e', 'mein name ist',
];

/**
 * The cue is case-insensitive but the name is not, and one regex cannot mix both (no inline
 * flags in Node 20), so the cue's letters are spelled as `[mM]`-style classes.
 */
const anyCase = (source: string): string => source.replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '\\s+');

/** One to three capitalised words, an initial ("R" or "K.") allowed between them. */
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{L}'’-]+){0,2}";

/** Han names after 我叫 / 我的名字是: two to four characters. */
const HAN_NAME = '\\p{Script=Han}{2,4}';

/**
 * The cue, then the name as the last group. Not a lookbehind: one is tried backwards at every
 * position of the text, where the cue's words can be searched forwards.
 */
export const PERSON_NAME = new RegExp(`\\b(?:${CUES.map(anyCase).join('|')})\\s+(${NAME})|(?:我叫|我的名字是|我的名字叫)\\s*(${HAN_NAME})`, 'gu');

/** Any cue, roughly and case-insensitively: without one the full pattern need not run. */
const ANY_CUE = /name\s+is|llamo|nombre\s+es|appelle|nom\s+est|hei(?:ß|ss)e|我叫|我的名字/i;
export const mayHaveNameCue = (text: string): boolean => ANY_CUE.test(text);
