/**
 * Ranking metrics of one query, tie-aware (McSherry & Najork, ECIR 2008): documents with equal
 * scores form a group whose internal order is arbitrary, so each metric is its expected value
 * over every order of each group. Hybrid search ties often (reciprocal rank fusion gives a
 * document ranked 3rd by BM25 only the same score as one ranked 3rd by vector only), and the
 * figure must not depend on how a backend happens to break them.
 *
 * Judgements: a grade above 0 is relevant and its gain is the grade (linear, as trec_eval and
 * BEIR's pytrec_eval); 0, a negative grade, or no judgement at all is not relevant.
 * A query with no relevant document has no defined recall or nDCG: those return NaN, so the
 * caller must leave such queries out (as BEIR does) rather than average them in.
 */

/** One retrieved document; higher scores rank first. */
export interface ScoredDocument {
  readonly id: string;
  readonly score: number;
}

/** Document id → grade. */
export type Judgements = ReadonlyMap<string, number>;

interface TieGroup {
  /** 0-based position of the group's first document. */
  readonly start: number;
  readonly gains: readonly number[];
}

export function recallAt(run: readonly ScoredDocument[], judgements: Judgements, k: number): number {
  const relevant = [...judgements.values()].filter((grade) => grade > 0).length;
  if (relevant === 0) return Number.NaN;
  let found = 0;
  for (const group of tieGroups(run, judgements)) {
    const relevantInGroup = group.gains.filter((g) => g > 0).length;
    found += (relevantInGroup * positionsWithin(group, k)) / group.gains.length;
  }
  return found / relevant;
}

/** Expected 1/rank of the first relevant document when it is within the top k, else 0. */
export function reciprocalRankAt(run: readonly ScoredDocument[], judgements: Judgements, k: number): number {
  for (const group of tieGroups(run, judgements)) {
    if (group.start >= k) return 0;
    const n = group.gains.length;
    const r = group.gains.filter((g) => g > 0).length;
    if (r === 0) continue;
    // P(first relevant at offset i) = P(none of the first i is relevant) * r / (n - i).
    let expected = 0;
    let noneYet = 1;
    for (let i = 0; i <= n - r && group.start + i < k; i++) {
      expected += (noneYet * r) / (n - i) / (group.start + i + 1);
      noneYet *= (n - r - i) / (n - i);
    }
    return expected;
  }
  return 0;
}

/** Expected DCG@k over tie orders, divided by the DCG@k of the ideal order of all judged grades. */
export function ndcgAt(run: readonly ScoredDocument[], judgements: Judgements, k: number): number {
  const ideal = [...judgements.values()].filter((g) => g > 0).sort((a, b) => b - a).slice(0, k);
  if (ideal.length === 0) return Number.NaN;
  const idcg = ideal.reduce((sum, gain, i) => sum + gain * discount(i), 0);
  let dcg = 0;
  for (const group of tieGroups(run, judgements)) {
    // Each position of the group holds any of its documents with equal chance: the mean gain.
    const meanGain = group.gains.reduce((sum, g) => sum + g, 0) / group.gains.length;
    const end = Math.min(group.start + group.gains.length, k);
    for (let position = group.start; position < end; position++) dcg += meanGain * discount(position);
  }
  return dcg / idcg;
}

/** The standard log2 discount of a 0-based position: 1 / log2(rank + 1). */
function discount(position: number): number {
  return 1 / Math.log2(position + 2);
}

function positionsWithin(group: TieGroup, k: number): number {
  return Math.max(0, Math.min(group.start + group.gains.length, k) - group.start);
}

/**
 * The run sorted by score (best first) and cut into groups of equal scores, each document's gain
 * looked up. A document listed twice counts once, at its better score.
 */
function tieGroups(run: readonly ScoredDocument[], judgements: Judgements): TieGroup[] {
  const seen = new Set<string>();
  const unique = [...run].sort((a, b) => b.score - a.score).filter((d) => !seen.has(d.id) && seen.add(d.id));
  const groups: TieGroup[] = [];
  let gains: number[] = [];
  unique.forEach((document, i) => {
    if (i > 0 && document.score !== unique[i - 1]!.score) {
      groups.push({ start: i - gains.length, gains });
      gains = [];
    }
    gains.push(Math.max(0, judgements.get(document.id) ?? 0));
  });
  if (gains.length > 0) groups.push({ start: unique.length - gains.length, gains });
  return groups;
}
