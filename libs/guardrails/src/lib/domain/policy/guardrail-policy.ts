import { outputPiiPolicy, type PiiPolicy } from '../pii/pii-policy';
import type { InputPolicy } from '../screen-input';
import type { OutputPolicy } from '../screen-output';
import type { DeniedTopic } from '../topics/denied-topic';
import { TOPIC_CATALOGUE } from '../topics/topic-catalogue';
import { TopicScreen } from '../topics/topic-screen';
import { profanityFilter, WordScreen, type WordAction, type WordFilter } from '../words/word-screen';

/** One tenant's guardrail settings as configured: plain data, before anything is compiled. */
export interface PolicySettings {
  /** Recorded in `GuardrailsApplied.policyVersion`, so analytics know which rules applied. */
  version: string;
  pii: PiiPolicy;
  blockPromptAttacks: boolean;
  /** Catalogue topics by name, and the tenant's own; both apply to questions and answers. */
  deniedTopics: { enable: readonly string[]; custom: readonly DeniedTopic[] };
  wordFilters: readonly WordFilter[];
  profanity: { input: WordAction | 'off'; output: WordAction | 'off' };
  minGrounding: number;
  /** An unsupported streamed sentence is shown flagged, or hidden (see `OutputPolicy`). */
  sentenceGrounding: 'flag' | 'block';
}

/** A tenant's policy ready to screen with: matchers compiled once, shared by every message. */
export interface GuardrailPolicy {
  readonly version: string;
  readonly input: InputPolicy;
  readonly output: OutputPolicy;
}

/** Names the configuration may use but the catalogue lacks (checked at start, see the config). */
export const unknownTopics = (names: readonly string[]): string[] => names.filter((n) => !TOPIC_CATALOGUE.has(n));

/**
 * Compiles settings into a policy. Topics and word lists are the same for questions and
 * answers; only the profanity action differs by stage. Unknown catalogue names throw: the
 * configuration is validated before it gets here, so one is a programming error.
 */
export function compilePolicy(settings: PolicySettings): GuardrailPolicy {
  const unknown = unknownTopics(settings.deniedTopics.enable);
  if (unknown.length > 0) throw new Error(`unknown denied topics: ${unknown.join(', ')}`);
  const topics = TopicScreen.of([...settings.deniedTopics.enable.map((name) => TOPIC_CATALOGUE.get(name)!), ...settings.deniedTopics.custom]);
  return {
    version: settings.version,
    input: {
      pii: settings.pii,
      blockPromptAttacks: settings.blockPromptAttacks,
      topics,
      words: WordScreen.of([...settings.wordFilters, ...profanityFilter(settings.profanity.input)]),
    },
    output: {
      pii: outputPiiPolicy(settings.pii),
      minGrounding: settings.minGrounding,
      sentenceGrounding: settings.sentenceGrounding,
      topics,
      words: WordScreen.of([...settings.wordFilters, ...profanityFilter(settings.profanity.output)]),
    },
  };
}
