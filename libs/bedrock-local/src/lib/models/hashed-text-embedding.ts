/**
 * A deterministic stand-in for a neural text embedding: signed feature hashing of lower-cased
 * word unigrams and bigrams with sublinear term frequency. Texts sharing words and phrases get
 * close vectors, unrelated texts near-orthogonal ones, and the same text always the same
 * vector on every platform, which is all a test or a demo of retrieval can rely on.
 */

/** Function words carry little topic; they still count, a little, as they do for a real model. */
const STOPWORDS = new Set(
  'a an and are as at be by can do does for from how i in is it my of on or our that the this to was we what when where which who why will with you your'.split(' '),
);
const STOPWORD_WEIGHT = 0.1;
const UNIGRAM_WEIGHT = 1;
/** Bigrams reward shared phrasing on top of shared vocabulary. */
const BIGRAM_WEIGHT = 0.5;

/** Words as runs of letters and digits in any script, lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A rough token count (words plus punctuation marks), reported as `inputTextTokenCount`. */
export function countTokens(text: string): number {
  return (text.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}\s]/gu) ?? []).length;
}

/** The raw (unnormalised) vector of `text` with `dimensions` components. */
export function hashedTextEmbedding(text: string, dimensions: number): number[] {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + weight);
  };
  const terms = words(text);
  terms.forEach((term, i) => {
    add(`u:${term}`, STOPWORDS.has(term) ? STOPWORD_WEIGHT : UNIGRAM_WEIGHT);
    const next = terms[i + 1];
    if (next !== undefined) add(`b:${term} ${next}`, BIGRAM_WEIGHT);
  });
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, weight] of counts) {
    const hash = fnv1a32(feature);
    const bucket = (hash & 0x7fffffff) % dimensions;
    // Sublinear term frequency: a word said five times is not five times the topic.
    const value = weight >= 1 ? 1 + Math.log(weight) : weight;
    vector[bucket] = vector[bucket]! + (hash & 0x80000000 ? -value : value);
  }
  return vector;
}

/** Scales `vector` to unit length; the zero vector stays zero. */
export function l2Normalize(vector: readonly number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return norm === 0 ? [...vector] : vector.map((value) => value / norm);
}

/** 32-bit FNV-1a over UTF-16 code units: tiny and identical everywhere, so vectors never drift. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    // × the FNV prime (2^24 + 2^8 + 0x93) as shifts: no `Math.imul` global lookup per character.
    hash += (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24);
  }
  return hash >>> 0;
}
