import { groundingScore, isNoAnswerReply } from './grounding-score';

const passages = ['You can return any item within 30 days of delivery for a full refund.', 'Refunds reach your card in 5 business days.'];

describe('groundingScore', () => {
  it('is 1 when every content word of the answer is in the passages', () => {
    expect(groundingScore('You can return an item within 30 days [1].', passages)).toBe(1);
  });

  it('matches word forms by stem ("returns" and "return", "refunded" and "refund")', () => {
    expect(groundingScore('Returns are refunded.', passages)).toBe(1);
  });

  it('is the share of supported content words', () => {
    // Content terms: return, within, 60, days, store, credit; the passages support return, within and days.
    expect(groundingScore('Return within 60 days for store credit.', passages)).toBeCloseTo(3 / 6);
  });

  it('is 0 for an answer about something else entirely', () => {
    expect(groundingScore('Our headquarters are in Lisbon.', passages)).toBe(0);
  });

  it('is 0 for a substantive answer when there are no passages', () => {
    expect(groundingScore('Refunds take 5 business days.', [])).toBe(0);
  });

  it('is 1 for a canned "I don\'t know" reply, with or without passages', () => {
    const reply = "I don't know the answer to that from our help centre.";
    expect(groundingScore(reply, [])).toBe(1);
    expect(groundingScore(reply, passages)).toBe(1);
  });
});

describe('isNoAnswerReply', () => {
  // The local extractive answerer's replies in the five languages, and a few model phrasings.
  it.each([
    "I don't know the answer to that from our help centre, but I can put you in touch with a member of our team.",
    'No sé la respuesta a eso según nuestro centro de ayuda, pero puedo ponerte en contacto con una persona de nuestro equipo.',
    "Je ne sais pas répondre à cela à partir de notre centre d'aide, mais je peux vous mettre en relation avec un conseiller.",
    'Ich weiß nicht, wie ich das anhand unseres Hilfecenters beantworten kann, aber ich kann Sie mit einem Mitarbeiter verbinden.',
    '我不知道如何根据我们的帮助中心回答这个问题，但我可以为您转接人工客服。',
    'I don’t have enough information to answer that.',
    'No lo sé, lo siento.',
    'Ich weiß es nicht.',
  ])('recognises %p', (text) => {
    expect(isNoAnswerReply(text)).toBe(true);
  });

  it('does not accept a long answer just because it contains the phrase', () => {
    expect(isNoAnswerReply(`I don't know. ${'Our warranty covers everything forever. '.repeat(10)}`)).toBe(false);
  });
});
