import { INTENSIFIERS, NEGATORS, VALENCES, ZH_INTENSIFIERS, ZH_NEGATORS } from './sentiment-lexicon';

/** VADER's normalisation constant: a raw sum of -4 maps to about -0.72, -10 to about -0.93. */
const ALPHA = 15;
/** VADER's weights: a negator flips and damps a valence, an intensifier or a "!" strengthens it. */
const NEGATION_FACTOR = -0.5;
const INTENSIFIER_FACTOR = 1.3;
const EXCLAMATION_BOOST = 0.3;
const MAX_EXCLAMATIONS = 4;
const SHOUTING_FACTOR = 1.25;
/** Words before a hit that may negate or intensify it, within its clause. */
const WINDOW = 3;

const CJK = /[\u4e00-\u9fff]/;

/**
 * A lexicon-based sentiment score of a customer message in [-1, 1] (SPEC ES-07), on folded
 * text in EN/ES/FR/DE/ZH. Each lexicon hit is negated ("not happy") or strengthened
 * ("absolutely terrible") by the words just before it in the same clause; exclamation marks
 * push the sum further in its direction. Folding drops case, so pass the original text as
 * `raw` to count a shouted (all-caps) message as stronger.
 */
export function sentimentScore(foldedText: string, raw: string = foldedText): number {
  let sum = 0;
  for (const [pattern, valence] of VALENCES) {
    for (const hit of foldedText.matchAll(pattern)) sum += valence * modifier(foldedText.slice(0, hit.index), CJK.test(hit[0]));
  }
  if (sum === 0) return 0;
  const exclamations = Math.min((foldedText.match(/[!！]/g) ?? []).length, MAX_EXCLAMATIONS);
  sum += Math.sign(sum) * exclamations * EXCLAMATION_BOOST;
  if (isShouting(raw)) sum *= SHOUTING_FACTOR;
  return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
}

/** The factor the words before a hit apply to it: negation and intensifiers, clause-local. */
function modifier(before: string, chinese: boolean): number {
  const clause = before.split(/[,.;:!?，。；：！？]/).pop() ?? '';
  if (chinese) {
    const tail = clause.slice(-3);
    return (ZH_NEGATORS.test(tail) ? NEGATION_FACTOR : 1) * (ZH_INTENSIFIERS.test(tail) ? INTENSIFIER_FACTOR : 1);
  }
  const words = (clause.match(/[\p{L}']+/gu) ?? []).slice(-WINDOW);
  let factor = words.some((w) => NEGATORS.test(w)) ? NEGATION_FACTOR : 1;
  for (const word of words.slice(-2)) if (INTENSIFIERS.test(word)) factor *= INTENSIFIER_FACTOR;
  return factor;
}

/** Most Latin letters upper case, over enough of them that "OK" or "I" does not count. */
function isShouting(raw: string): boolean {
  const letters = raw.match(/[A-Za-zÀ-ÖØ-öø-ÿ]/g) ?? [];
  if (letters.length < 10) return false;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length >= 0.8;
}
