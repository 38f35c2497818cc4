import { splitSentences } from '../local-extractive/split-sentences';
import type { Passage } from '../model-provider.port';
import { contentTerms } from '../text/content-terms';
import { words } from '../text/fold-text';
import { stripCitationMarkers } from './citation-markers';
import { claimTerms } from './courtesy-terms';
import { noInformationSentence, PROMPT_LANGUAGES } from './prompt-phrases';

/** Below this support score the answer is escalated as `low_confidence` (SPEC ES-03). */
export const LOW_CONFIDENCE_THRESHOLD = 0.7;

/** Ceiling of the score of an answer that says the sources do not answer the question. */
export const NO_INFORMATION_MAX_SCORE = 0.2;

/** A sentence is supported when a passage holds this share of its content terms... */
const MIN_SHARED_SHARE = 0.5;
/** ...or at least this many of them (whole-word terms; see `sharedWords`). */
const MIN_SHARED_WORDS = 3;

/** How well an answer is grounded in its passages. */
export interface AnswerSupport {
  /** supported / sentences, 0..1; 0 with no passages or no checkable sentence. */
  readonly score: number;
  /** Sentences with content terms, the no-information sentence excluded. */
  readonly sentences: number;
  readonly supported: number;
  readonly saysNoInformation: boolean;
}

const folded = (text: string): string => words(text).join(' ');

/**
 * The no-information sentence up to its last comma, in each language, as folded words ("i
 * don't know the answer to that from our help centre"; German keeps "ich weiß nicht, wie ich
 * das … beantworten kann", as "ich weiß nicht" alone is too common). Matching words rather
 * than the exact sentence survives a curly apostrophe, a marker or a rephrased "but" half.
 */
const NO_INFORMATION_CLAUSES: readonly string[] = PROMPT_LANGUAGES.map((language) => {
  const sentence = noInformationSentence(language);
  return folded(/^(.*)[,，]/su.exec(sentence)?.[1] ?? sentence);
});

/** Chinese has no spaces, so its clause is one "word" and is looked for as a substring. */
function isNoInformation(text: string): boolean {
  const answer = ` ${folded(text)} `;
  return NO_INFORMATION_CLAUSES.some((clause) => answer.includes(` ${clause} `) || (!clause.includes(' ') && answer.includes(clause)));
}

/**
 * Whether some passage holds enough of the sentence's terms. Han characters are terms one by
 * one (content-terms.ts), and three common characters shared prove nothing, so only the
 * share rule applies to them; whole words count towards the absolute rule.
 */
function isSupported(terms: ReadonlySet<string>, passageTerms: readonly ReadonlySet<string>[]): boolean {
  return passageTerms.some((known) => {
    let shared = 0;
    let sharedWords = 0;
    for (const term of terms) {
      if (!known.has(term)) continue;
      shared++;
      if (!/\p{Script=Han}/u.test(term)) sharedWords++;
    }
    return shared / terms.size >= MIN_SHARED_SHARE || sharedWords >= MIN_SHARED_WORDS;
  });
}

/**
 * The low-confidence signal of a generated answer: the share of its sentences whose content
 * terms are found in a passage. A lexical check, cheap enough for every answer; it catches
 * answers about things the passages never mention, not subtle contradictions (the guardrails'
 * grounding check does more). Sentences without claim terms (greetings, thanks: see
 * courtesy-terms.ts) are not counted,
 * and neither is the no-information sentence, which caps the score at
 * {@link NO_INFORMATION_MAX_SCORE} so saying "I don't know" escalates.
 */
export function answerSupport(answer: string, passages: readonly Passage[]): AnswerSupport {
  const passageTerms = passages.map((p) => contentTerms(p.text));
  let sentences = 0;
  let supported = 0;
  let saysNoInformation = false;
  for (const sentence of splitSentences(stripCitationMarkers(answer))) {
    if (isNoInformation(sentence)) {
      saysNoInformation = true;
      continue;
    }
    const terms = claimTerms(sentence);
    if (terms.size === 0) continue;
    sentences++;
    if (isSupported(terms, passageTerms)) supported++;
  }
  // An answer that claims nothing (a greeting, a thank-you) has nothing unsupported in it.
  const ratio = sentences === 0 ? (saysNoInformation ? 0 : 1) : passages.length === 0 ? 0 : supported / sentences;
  const score = saysNoInformation ? Math.min(ratio, NO_INFORMATION_MAX_SCORE) : ratio;
  return { score, sentences, supported, saysNoInformation };
}
