import { analyzeText } from '../text/analyze-text';
import type { Reranker } from './reranker.port';

/**
 * A re-ranker that needs no model: it rewards passages covering more of the question's distinct
 * terms (IDF-free, so a rare word counts as much as a common one the first stage over-weighted)
 * and keeping the question's word pairs together. Far weaker than a cross-encoder; it exists so
 * the stage can run, and be measured, without a network.
 */
export class LexicalCoverageReranker implements Reranker {
  readonly id = 'lexical-coverage@1';

  score(query: string, passages: readonly string[]): Promise<number[]> {
    const queryTerms = [...new Set(analyzeText(query))];
    const queryPairs = pairsOf(analyzeText(query));
    return Promise.resolve(passages.map((passage) => {
      if (queryTerms.length === 0) return 0;
      const terms = analyzeText(passage);
      const present = new Set(terms);
      const coverage = queryTerms.filter((term) => present.has(term)).length / queryTerms.length;
      const pairs = pairsOf(terms);
      const adjacency = queryPairs.size === 0 ? 0 : [...queryPairs].filter((pair) => pairs.has(pair)).length / queryPairs.size;
      return coverage + 0.5 * adjacency;
    }));
  }
}

function pairsOf(terms: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < terms.length; i++) pairs.add(`${terms[i]} ${terms[i + 1]}`);
  return pairs;
}
