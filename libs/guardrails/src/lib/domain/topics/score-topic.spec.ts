import type { DeniedTopic } from './denied-topic';
import { compileTopic, FULL_EVIDENCE, scoreTopic } from './score-topic';
import { topicText } from './topic-text';

const PETS: DeniedTopic = {
  name: 'pet-care',
  description: 'Advice on caring for pets.',
  terms: { en: ['vet', 'puppy', 'kitten'] },
  phrases: { en: ['pet advice'] },
  examples: { en: ['Should I take my puppy to the vet for a vaccination?', 'What food is best for a kitten with diarrhoea?'] },
};
const topic = compileTopic(PETS);
const score = (text: string) => scoreTopic(topic, topicText(text));

describe('scoreTopic', () => {
  it('scores 1 for a phrase of the topic', () => {
    expect(score('I need some pet advice')).toBe(1);
  });

  it('scores 0 without a topic term, however many example words are shared', () => {
    expect(score('What food is best for a vaccination?')).toBe(0);
  });

  it('adds a term, words shared with the closest example and a way of asking', () => {
    // vet (term 2) + vet, vaccination shared (2) + "should i" (1) = 5 points.
    expect(score('Should I see the vet about a vaccination?')).toBe(1);
    // puppy (2) + puppy shared (1) = 3 points.
    expect(score('My puppy chewed the box')).toBeCloseTo(3 / FULL_EVIDENCE, 5);
  });

  it('takes a point away for each support word: the term is then incidental', () => {
    expect(score('Should I see the vet about a vaccination, and where is my order?')).toBeCloseTo(4 / FULL_EVIDENCE, 5);
    expect(score('My vet ordered the vaccination kit, where is the delivery and the invoice?')).toBeLessThan(0.8);
  });
});
