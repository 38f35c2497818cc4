import { ASKING_CUES } from './asking-cues';
import { DEFAULT_TOPIC_THRESHOLD, type DeniedTopic } from './denied-topic';
import { SUPPORT_WORDS } from './support-words';
import { TermSet } from './term-set';
import { topicText, type TopicText } from './topic-text';

/** A topic ready for matching: its terms and phrases normalised, its examples read once. */
export interface CompiledTopic {
  readonly name: string;
  readonly action: 'block' | 'flag';
  readonly threshold: number;
  readonly terms: TermSet;
  readonly phrases: TermSet;
  /** The content stems of each example. */
  readonly examples: ReadonlyArray<ReadonlySet<string>>;
}

/**
 * The evidence, in points. A sentence needs a topic term (2 points) to be about the topic at
 * all; then, at the default threshold (0.8 of {@link FULL_EVIDENCE}, 4 points), two more
 * from: each content word shared with the closest example (1), asking for advice, an opinion
 * or a comparison (1), more topic terms (0.5 each). Each support word (an order, a refund)
 * takes a point away: next to one, a topic word is usually incidental.
 */
const POINTS = { firstTerm: 2, moreTerms: 0.5, maxMoreTerms: 2, cue: 1, sharedStem: 1, supportWord: -1, maxSupportWords: 2 } as const;
export const FULL_EVIDENCE = 5;

const CUES = new TermSet(ASKING_CUES);
const SUPPORT = new TermSet(SUPPORT_WORDS);

const flat = (perLanguage: DeniedTopic['terms']): string[] => Object.values(perLanguage ?? {}).flat();

export function compileTopic(topic: DeniedTopic): CompiledTopic {
  return {
    name: topic.name,
    action: topic.action ?? 'block',
    threshold: topic.threshold ?? DEFAULT_TOPIC_THRESHOLD,
    terms: new TermSet(flat(topic.terms)),
    phrases: new TermSet(flat(topic.phrases)),
    examples: flat(topic.examples).map((example) => topicText(example).stems),
  };
}

/** Cheap first look: could `text` be about the topic at all (one of its terms or phrases occurs)? */
export function mayConcern(topic: CompiledTopic, text: TopicText): boolean {
  return topic.phrases.has(text) || topic.terms.has(text);
}

/**
 * How surely one sentence is about the topic, 0..1: 1 when it holds one of the topic's
 * phrases, 0 when it holds none of its terms, otherwise its evidence (see {@link POINTS})
 * over {@link FULL_EVIDENCE}. A term that is also in the closest example counts as a term
 * and as a shared word: it is both.
 */
export function scoreTopic(topic: CompiledTopic, text: TopicText): number {
  if (topic.phrases.has(text)) return 1;
  const terms = topic.terms.count(text, 1 + POINTS.maxMoreTerms);
  if (terms === 0) return 0;
  let shared = 0;
  for (const example of topic.examples) {
    let n = 0;
    for (const s of example) if (text.stems.has(s)) n++;
    shared = Math.max(shared, n);
  }
  const evidence =
    POINTS.firstTerm +
    POINTS.moreTerms * (terms - 1) +
    POINTS.sharedStem * shared +
    (CUES.has(text) ? POINTS.cue : 0) +
    POINTS.supportWord * SUPPORT.count(text, POINTS.maxSupportWords);
  return Math.max(0, Math.min(1, evidence / FULL_EVIDENCE));
}
