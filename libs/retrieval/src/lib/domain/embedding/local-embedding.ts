import { AppError } from '@sagewire/errors';
import { analyzeText } from '../text/analyze-text';
import type { EmbeddingModel } from './embedding-model.port';
import { addHashedFeature } from './feature-hash';

/** Matches the small sentence-embedding models (MiniLM, BGE-small), so stores sized for them fit. */
export const DEFAULT_LOCAL_EMBEDDING_DIMENSIONS = 384;
/** Whole-word matches should count for more than sharing a few letter trigrams. */
const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.5;

/**
 * A deterministic embedding that needs no network or model file, for the embedded mode, tests
 * and as a fallback: feature hashing of accent-folded, lower-cased word unigrams (stopwords
 * removed, CJK as bigrams) and of each word's character trigrams, L2-normalised.
 *
 * Limits: it is lexical, not semantic. "refund" and "money back" share nothing, so they score
 * 0; trigrams only add tolerance for inflections and typos ("refunds", "refnud") and for
 * cognates across languages. Hash collisions add noise at small dimensions. A text with no
 * terms (only stopwords or punctuation) gets the zero vector, which is similar to nothing.
 */
export class LocalEmbeddingModel implements EmbeddingModel {
  readonly id: string;

  constructor(readonly dimensions: number = DEFAULT_LOCAL_EMBEDDING_DIMENSIONS) {
    if (!Number.isInteger(dimensions) || dimensions < 1) {
      throw new AppError('RETRIEVAL.INVALID_EMBEDDING_DIMENSIONS', `Embedding dimensions must be a positive whole number; got ${dimensions}.`);
    }
    this.id = `local-hashing-v1-${dimensions}`;
  }

  /** {@link embed} without the Promise, for callers that are synchronous anyway. */
  embedSync(texts: readonly string[]): number[][] {
    return texts.map((text) => this.embedOne(text));
  }

  embed(texts: readonly string[]): Promise<number[][]> {
    return Promise.resolve(this.embedSync(texts));
  }

  private embedOne(text: string): number[] {
    const vector = new Array<number>(this.dimensions).fill(0);
    for (const term of analyzeText(text)) {
      // Prefixes keep words and trigrams in separate feature spaces: the word "app" and the trigram "app" differ.
      addHashedFeature(vector, `w:${term}`, WORD_WEIGHT);
      for (const trigram of trigrams(`#${term}#`)) addHashedFeature(vector, `t:${trigram}`, TRIGRAM_WEIGHT);
    }
    const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
    return norm === 0 ? vector : vector.map((value) => value / norm);
  }
}

/** Character trigrams; code points, not UTF-16 units, when the word has characters beyond the BMP. */
function trigrams(word: string): string[] {
  const chars: ArrayLike<string> = /[\uD800-\uDFFF]/.test(word) ? Array.from(word) : word;
  const result: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) result.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return result;
}
