import { foldText } from '../text/fold-text';
import { contentTerms } from './content-terms';

/**
 * Replies that say we do not know. They make no claim, so there is nothing to ground; scoring
 * them 1 keeps a safe "I don't know" from being blocked as ungrounded. Only short texts
 * qualify, so a long answer cannot slip fabricated claims past the check behind such a phrase.
 */
const NO_ANSWER =
  /\b(?:i\s+(?:don'?t|do\s+not)\s+know|i\s+(?:don'?t|do\s+not)\s+have\s+enough\s+information|no\s+lo\s+se|no\s+se\s+la\s+respuesta|no\s+tengo\s+(?:suficiente\s+)?informacion|je\s+ne\s+(?:sais|connais)\s+pas|ich\s+weiss\s+(?:es\s+)?nicht)\b|我不知道|无法回答/;
const NO_ANSWER_MAX_CHARS = 300;

/** True for a short canned reply saying the help centre has no answer. */
export function isNoAnswerReply(text: string): boolean {
  return text.length <= NO_ANSWER_MAX_CHARS && NO_ANSWER.test(foldText(text));
}

/**
 * Lexical grounding: the share (0..1) of the answer's content terms that occur in the
 * passages. Cheap and explainable, and blind to paraphrase, so thresholds stay low.
 * Scores 1 for a canned "I don't know" reply (with or without passages) and for text with no
 * content terms (e.g. "Thanks!"); scores 0 for any other text when there are no passages,
 * because nothing supports it.
 */
export function groundingScore(text: string, passageTexts: readonly string[]): number {
  return groundingScoreAgainst(text, () => contentTerms(passageTexts.join('\n')));
}

/**
 * The content terms of a set of passages, computed once per passages array: a streamed answer
 * is checked sentence by sentence against the same passages, and reading them again for every
 * sentence would cost more than the rest of the screen.
 */
const SOURCE_TERMS = new WeakMap<object, ReadonlySet<string>>();

/** {@link groundingScore} against passages, their terms remembered for the passages array. */
export function groundingScoreOfPassages(text: string, passages: ReadonlyArray<{ readonly text: string }>): number {
  return groundingScoreAgainst(text, () => {
    let terms = SOURCE_TERMS.get(passages);
    if (terms === undefined) {
      terms = contentTerms(passages.map((p) => p.text).join('\n'));
      SOURCE_TERMS.set(passages, terms);
    }
    return terms;
  });
}

function groundingScoreAgainst(text: string, sourceTerms: () => ReadonlySet<string>): number {
  if (isNoAnswerReply(text)) return 1;
  const answer = contentTerms(text);
  if (answer.size === 0) return 1;
  const source = sourceTerms();
  let supported = 0;
  for (const term of answer) if (source.has(term)) supported++;
  return supported / answer.size;
}
