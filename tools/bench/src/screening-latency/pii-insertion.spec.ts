import { detectPii } from '@sagewire/guardrails';
import { SeededRandom } from '../retrieval-scale/seeded-random';
import { insertPii, randomPii, withLuhnCheckDigit } from './pii-insertion';

describe('withLuhnCheckDigit', () => {
  it('appends the check digit of the textbook examples', () => {
    expect(withLuhnCheckDigit('7992739871')).toBe('79927398713');
    expect(withLuhnCheckDigit('453201511283036')).toBe('4532015112830366');
  });
});

describe('insertPii', () => {
  it('keeps the question and inserts an email, a phone and a card that the detectors find', () => {
    const random = new SeededRandom(7);
    for (let i = 0; i < 200; i++) {
      const { text, pii } = insertPii('How do I cross out text on GitHub?', random);
      expect(text).toContain('How do I cross out text on GitHub?');
      const found = detectPii(text).map((f) => `${f.label}:${text.slice(f.start, f.end)}`);
      expect(found).toEqual(expect.arrayContaining([`EMAIL:${pii.email}`, `PHONE:${pii.phone}`, `CREDIT_CARD:${pii.card}`]));
    }
  });

  it('gives the same text for the same seed', () => {
    expect(insertPii('Why?', new SeededRandom(3))).toEqual(insertPii('Why?', new SeededRandom(3)));
    expect(randomPii(new SeededRandom(3))).not.toEqual(randomPii(new SeededRandom(4)));
  });
});
