/** Languages a topic is written in; `zh` is Simplified Chinese, as `detectLanguage` names it. */
export const TOPIC_LANGUAGES = ['en', 'es', 'fr', 'de', 'zh'] as const;
export type TopicLanguage = (typeof TOPIC_LANGUAGES)[number];

export type PerLanguage<T> = Partial<Record<TopicLanguage, T>>;

/**
 * A subject the assistant must not discuss (SPEC GR-13/14/15), defined as Bedrock defines its
 * denied topics: a name, a description and example phrases, plus the words that give it away.
 * Matched lexically (see `scoreTopic`): a sentence is about the topic when it holds one of
 * `phrases`, or one of `terms` and enough further evidence (words shared with one of
 * `examples`, a way of asking for advice or an opinion).
 */
export interface DeniedTopic {
  /** The finding's label, and the name tenants enable it by: `legal-advice`. */
  readonly name: string;
  /** For people reading the policy; the matcher does not use it. */
  readonly description: string;
  /** Typical messages about the topic; their content words are the evidence. */
  readonly examples: PerLanguage<readonly string[]>;
  /**
   * Words (or short word sequences) that only a message about the topic uses: one must be
   * present. Matched as written (folded), not stemmed: "stocks" is investing, "stock" is
   * what a shop has in its warehouse.
   */
  readonly terms?: PerLanguage<readonly string[]>;
  /** Word sequences that decide on their own ("legal advice", "是否合法"). */
  readonly phrases?: PerLanguage<readonly string[]>;
  /** Score (0..1) from which a sentence is about the topic; {@link DEFAULT_TOPIC_THRESHOLD} if unset. */
  readonly threshold?: number;
  /** `block` refuses the text; `flag` only records the finding, to watch a new topic before enforcing it. */
  readonly action?: 'block' | 'flag';
}

/** A catalogue topic is written in every supported language. */
export type CatalogueTopic = DeniedTopic & { readonly examples: Record<TopicLanguage, readonly string[]> };

/**
 * Four of the five points of evidence (see `scoreTopic`): a topic term and two more signs.
 * At 0.7 a held-out set gained 3 of 105 messages and an ordinary question ("my doctor says
 * I am pregnant, do you sell maternity jeans?") started to match.
 */
export const DEFAULT_TOPIC_THRESHOLD = 0.8;
