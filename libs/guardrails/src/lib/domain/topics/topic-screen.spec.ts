import { TOPIC_LANGUAGES } from './denied-topic';
import { TOPIC_CATALOGUE } from './topic-catalogue';
import { HARD_NEGATIVES, HELD_OUT_2, HELD_OUT_3 } from './topic-held-out.fixture';
import { SUPPORT_NEGATIVES, TOPIC_POSITIVES } from './topic-samples.fixture';
import { TopicScreen } from './topic-screen';

const ALL = TopicScreen.of([...TOPIC_CATALOGUE.values()]);
const only = (name: string) => TopicScreen.of([TOPIC_CATALOGUE.get(name)!]);

/** Messages of a sample set the topic's screen finds, and how many there were. */
function recall(samples: Readonly<Record<string, Partial<Record<string, readonly string[]>>>>): { found: number; total: number } {
  let found = 0;
  let total = 0;
  for (const [name, languages] of Object.entries(samples)) {
    const screen = only(name);
    for (const message of Object.values(languages).flat()) {
      total++;
      if (screen.find(message!).length > 0) found++;
    }
  }
  return { found, total };
}

describe('TopicScreen with the catalogue', () => {
  it('has every catalogue topic in all five languages', () => {
    for (const topic of TOPIC_CATALOGUE.values()) {
      for (const language of TOPIC_LANGUAGES) {
        expect([topic.name, language, topic.examples[language].length > 0, (topic.terms?.[language] ?? []).length > 0]).toEqual([topic.name, language, true, true]);
      }
    }
  });

  describe.each(Object.entries(TOPIC_POSITIVES))('%s', (name, languages) => {
    it.each(TOPIC_LANGUAGES)('finds the topic in messages in %s', (language) => {
      const messages = languages[language];
      const found = messages.filter((m) => only(name).find(m).some((f) => f.label === name));
      // The tuning set: all but the German "Kann ich die Fluggesellschaft … verklagen?" (the
      // gap is wider than a phrase allows) and the Chinese aspirin question (no example).
      expect(found.length).toBeGreaterThanOrEqual(messages.length - 1);
    });
  });

  it('reports a blocking finding labelled with the topic and scored', () => {
    expect(only('legal-advice').find('Can I sue my landlord over the deposit?')).toEqual([{ type: 'denied_topic', action: 'block', label: 'legal-advice', score: 1 }]);
  });

  it.each(TOPIC_LANGUAGES)('lets ordinary support questions in %s through, everyday senses of topic words included', (language) => {
    const matched = SUPPORT_NEGATIVES[language].filter((m) => ALL.find(m).length > 0);
    expect(matched).toEqual([]);
  });

  it('lets ordinary questions that use topic words through', () => {
    expect(HARD_NEGATIVES.filter((m) => ALL.find(m).length > 0)).toEqual([]);
  });

  it('keeps its recall on held-out paraphrases (set 2: 36/55, set 3: 20/50 when written)', () => {
    expect(recall(HELD_OUT_2).found).toBeGreaterThanOrEqual(36);
    expect(recall(HELD_OUT_3).found).toBeGreaterThanOrEqual(20);
  });

  it('judges sentence by sentence, so a long answer does not collect a topic from scattered words', () => {
    const scattered = 'The court date is up to you. Our lawyer is away this week. Send us the contract and your rights are kept.';
    expect(only('legal-advice').find(scattered)).toEqual([]);
    // The same words in one sentence are the topic.
    expect(only('legal-advice').find(scattered.replace(/\. /g, ', '))).toHaveLength(1);
  });

  it('finds nothing when no topic is enabled', () => {
    expect(TopicScreen.of([]).find('Is it legal to sue my landlord?')).toEqual([]);
  });

  it('records a flagged custom topic without blocking', () => {
    const screen = TopicScreen.of([{ name: 'pets', description: 'pets', action: 'flag', phrases: { en: ['my dog'] }, examples: { en: ['my dog is ill'] } }]);
    expect(screen.find('My dog ate the parcel')).toEqual([{ type: 'denied_topic', action: 'none', label: 'pets', score: 1 }]);
  });
});
