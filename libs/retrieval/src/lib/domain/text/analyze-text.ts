import { foldText } from './fold-text';
import { SEARCH_STOPWORDS } from './stopwords';

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/** A run of CJK characters, or a run of other letters and digits. */
const TERM_RUN = new RegExp(String.raw`[${CJK}]+|(?:(?![${CJK}])[\p{L}\p{N}\p{M}])+`, 'gu');
const CJK_RUN = new RegExp(String.raw`^[${CJK}]`, 'u');

/**
 * Search terms of a text, in order: accent-folded, lower-cased words without stopwords, and
 * for scripts written without spaces (Chinese, Japanese, Korean) overlapping character bigrams
 * ("密码重置" → 密码, 码重, 重置), the usual dictionary-free way to index CJK. A lone CJK
 * character is kept as itself. Query and document must go through this same function.
 */
export function analyzeText(text: string): string[] {
  const terms: string[] = [];
  for (const [run] of foldText(text).matchAll(TERM_RUN)) {
    if (!CJK_RUN.test(run)) {
      if (!SEARCH_STOPWORDS.has(run)) terms.push(run);
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1) terms.push(run);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  }
  return terms;
}

/**
 * Key under which two texts count as the same passage: folded, with punctuation and spacing
 * differences erased (a page copied into two articles, re-flowed or re-punctuated).
 */
export function duplicateKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
