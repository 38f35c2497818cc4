import type { GuardrailFinding } from '../finding';
import type { DeniedTopic } from './denied-topic';
import { compileTopic, mayConcern, scoreTopic, type CompiledTopic } from './score-topic';
import { topicText } from './topic-text';

/**
 * Sentence ends, roughly: the evidence of a topic must sit in one sentence, or a long answer
 * would collect a term here and two words there. Abbreviations split a sentence in two,
 * which only costs recall on that sentence.
 */
const SENTENCE_END = /(?<=[.!?;。！？；])\s+|(?<=[。！？；])|\n+/u;

/** The scores are rounded: they are reported, and six digits are noise. */
const round = (score: number): number => Math.round(score * 1000) / 1000;

/**
 * A tenant's denied topics, compiled once per policy. Each sentence is scored against every
 * topic; a topic is found when one sentence reaches its threshold.
 */
export class TopicScreen {
  private constructor(private readonly topics: readonly CompiledTopic[]) {}

  static of(topics: readonly DeniedTopic[]): TopicScreen {
    return new TopicScreen(topics.map(compileTopic));
  }

  get names(): string[] {
    return this.topics.map((t) => t.name);
  }

  /**
   * One `denied_topic` finding per topic found, labelled with its name and scored by its best
   * sentence. No span: the whole text is refused (a flagged topic changes nothing).
   */
  find(text: string): GuardrailFinding[] {
    if (this.topics.length === 0) return [];
    const whole = topicText(text);
    const candidates = this.topics.filter((t) => mayConcern(t, whole));
    if (candidates.length === 0) return [];
    const sentences = text.split(SENTENCE_END).filter((s) => s.trim() !== '');
    const texts = sentences.length === 1 ? [whole] : sentences.map(topicText);
    const findings: GuardrailFinding[] = [];
    for (const topic of candidates) {
      const score = Math.max(...texts.map((t) => scoreTopic(topic, t)));
      if (score >= topic.threshold) findings.push({ type: 'denied_topic', action: topic.action === 'block' ? 'block' : 'none', label: topic.name, score: round(score) });
    }
    return findings;
  }
}
