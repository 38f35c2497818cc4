import type { Passage } from '../model-provider.port';
import { answerSupport, LOW_CONFIDENCE_THRESHOLD } from './answer-support';
import { noInformationSentence } from './prompt-phrases';

const passage = (text: string, documentId = 'doc'): Passage => ({ chunkId: `${documentId}-1`, documentId, documentVersion: 1, text, score: 1 });

const returns = [
  passage('You can return any item within 30 days of delivery. Gift cards cannot be returned.', 'returns'),
  passage('Refunds are paid to the original card within 5 working days.', 'refunds'),
];

describe('answerSupport', () => {
  it('scores a fully grounded answer 1, each sentence matched against any passage', () => {
    const support = answerSupport('You can return items within 30 days of delivery [1]. Refunds reach your card within 5 working days [2].', returns);
    expect(support).toEqual({ score: 1, sentences: 2, supported: 2, saysNoInformation: false });
    expect(support.score).toBeGreaterThanOrEqual(LOW_CONFIDENCE_THRESHOLD);
  });

  it('counts a sentence the passages never mention as unsupported', () => {
    const support = answerSupport('You can return items within 30 days [1]. We also give a lifetime warranty on electronics.', returns);
    expect(support).toEqual({ score: 0.5, sentences: 2, supported: 1, saysNoInformation: false });
    expect(support.score).toBeLessThan(LOW_CONFIDENCE_THRESHOLD);
  });

  it('ignores greetings, thanks and offers of more help', () => {
    const support = answerSupport('Hello! Thanks for asking. Gift cards cannot be returned [1]. Is there anything else I can help with today?', returns);
    expect(support).toEqual({ score: 1, sentences: 1, supported: 1, saysNoInformation: false });
  });

  it('strips citation markers first, so their numbers are not taken for terms', () => {
    expect(answerSupport('Delivery [1][2][3].', returns).supported).toBe(1);
  });

  it('supports a long sentence sharing three words with a passage even below half its terms', () => {
    const support = answerSupport('Gift cards delivered yesterday by courier cannot be swapped, exchanged, resold, transferred or returned.', returns);
    expect(support.supported).toBe(1);
  });

  it('recognises the no-information sentence in every language and caps the score at 0.2', () => {
    for (const language of ['en', 'es', 'fr', 'de', 'zh']) {
      const support = answerSupport(noInformationSentence(language), returns);
      expect(support).toEqual({ score: 0, sentences: 0, supported: 0, saysNoInformation: true });
    }
    const mixed = answerSupport(`Gift cards cannot be returned [1]. ${noInformationSentence('en')}`, returns);
    expect(mixed).toEqual({ score: 0.2, sentences: 1, supported: 1, saysNoInformation: true });
  });

  it('recognises the no-information sentence despite a curly apostrophe, a marker or another ending', () => {
    expect(answerSupport('I don’t know the answer to that from our help centre [1], sorry.', returns).saysNoInformation).toBe(true);
    expect(answerSupport('抱歉我不知道如何根据我们的帮助中心回答这个问题。', returns).saysNoInformation).toBe(true);
    expect(answerSupport("I don't know whether the parcel has left, but refunds take 5 working days.", returns).saysNoInformation).toBe(false);
  });

  it('scores a claim 0 without passages, and an answer claiming nothing (a greeting) 1', () => {
    expect(answerSupport('You can return items within 30 days.', []).score).toBe(0);
    expect(answerSupport('Hello!', returns)).toEqual({ score: 1, sentences: 0, supported: 0, saysNoInformation: false });
    expect(answerSupport('Hello!', []).score).toBe(1);
  });

  it('works across accents and word forms in Spanish, French and German', () => {
    const es = [passage('Las devoluciones son gratuitas durante 30 días.')];
    expect(answerSupport('¡Hola! Las devoluciones son gratuitas durante 30 días [1].', es).score).toBe(1);
    const fr = [passage('Les retours sont gratuits pendant 30 jours après la livraison.')];
    expect(answerSupport('Bonjour ! Le retour est gratuit pendant 30 jours [1]. Nous offrons aussi une garantie à vie.', fr)).toEqual(
      expect.objectContaining({ sentences: 2, supported: 1 }),
    );
    const de = [passage('Rücksendungen sind innerhalb von 30 Tagen kostenlos.')];
    expect(answerSupport('Rücksendungen sind 30 Tage lang kostenlos [1].', de).score).toBe(1);
  });

  it('matches Chinese per character, ignoring greetings and common function characters', () => {
    const zh = [passage('退货在三十天内免费。退款需要五个工作日。')];
    const support = answerSupport('您好！您可以在三十天内免费退货【1】。我们提供终身保修。', zh);
    expect(support).toEqual({ score: 0.5, sentences: 2, supported: 1, saysNoInformation: false });
  });

  it('does not count three shared Chinese characters as support, since single characters are common', () => {
    const zh = [passage('退货在三十天内免费。')];
    // Shares 三, 十, 天 (3 of 12 terms): below half, and characters do not count towards the three-term rule.
    expect(answerSupport('保修期为三十天起算自购买日。', zh).supported).toBe(0);
  });
});
