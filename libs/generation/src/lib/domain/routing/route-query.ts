import type { QueryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { detectLanguage } from '../language/detect-language';
import { foldText } from '../text/fold-text';
import { asksForHuman } from './human-request';

/** Query classes, in the `QueryRouted` contract's terms. */
export type Complexity = QueryRoutedV1['complexity'];

/** A rules classification. */
export interface Classification {
  complexity: Complexity;
  method: 'rules';
}

/** Beyond this many words a question usually bundles context and asks, which a stronger model handles better. */
const LONG_QUESTION_WORDS = 40;

/**
 * Classifies a screened question by rules: `escalate` when the customer asks for a human,
 * `complex` when it is long or asks several questions, `simple` otherwise. Rules run first so
 * a cheap model is only consulted (later) when they cannot tell.
 */
export function classify(text: string): Classification {
  const folded = foldText(text);
  if (asksForHuman(folded)) return { complexity: 'escalate', method: 'rules' };
  const wordCount = folded.split(/\s+/).filter((w) => w !== '').length;
  // "??" or "?!?" is one question; Spanish "¿" opens rather than ends one, so it is not counted.
  const questionCount = folded.match(/[?？][?？!！]*/g)?.length ?? 0;
  if (wordCount > LONG_QUESTION_WORDS || questionCount > 1) return { complexity: 'complex', method: 'rules' };
  return { complexity: 'simple', method: 'rules' };
}

/** A routing decision: the class and the language to answer in. */
export type Route = Classification & { language: string };

/**
 * Classifies the question and picks its answer language: the detected one, or `language`
 * (the session's, from `RouteQuery`) when detection finds no evidence, or the default.
 */
export function routeQuery(text: string, language?: string): Route {
  return { ...classify(text), language: detectLanguage(text, language) };
}
