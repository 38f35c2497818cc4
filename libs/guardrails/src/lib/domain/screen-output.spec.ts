import { DEFAULT_OUTPUT_POLICY, screenOutputText } from './screen-output';
import { TOPIC_CATALOGUE } from './topics/topic-catalogue';
import { TopicScreen } from './topics/topic-screen';
import { profanityFilter, WordScreen } from './words/word-screen';

const passages = [{ text: 'You can return any item within 30 days of delivery. Contact returns@shop.example for a label.' }];

describe('screenOutputText', () => {
  it('passes a grounded answer unchanged', () => {
    const result = screenOutputText('You can return an item within 30 days of delivery [1].', passages);
    expect(result).toEqual({
      verdict: 'pass',
      findings: [],
      screenedText: 'You can return an item within 30 days of delivery [1].',
      groundingScore: 1,
    });
  });

  it('redacts personal data in the answer', () => {
    const result = screenOutputText('Contact returns@shop.example for a return label.', passages);
    expect(result.verdict).toBe('redact');
    expect(result.screenedText).toBe('Contact [EMAIL] for a return label.');
  });

  it('blocks an answer the passages do not support, with an ungrounded finding and empty text', () => {
    const result = screenOutputText('Our headquarters moved to Lisbon last spring.', passages);
    expect(result.verdict).toBe('block');
    expect(result.screenedText).toBe('');
    expect(result.groundingScore).toBe(0);
    expect(result.findings).toEqual([{ type: 'ungrounded', action: 'block', score: 0 }]);
  });

  it('uses the policy threshold', () => {
    // Half of the content words (return, within / headquarters, lisbon) are supported.
    const text = 'Return within Lisbon headquarters.';
    expect(screenOutputText(text, passages).verdict).toBe('pass');
    expect(screenOutputText(text, passages, { ...DEFAULT_OUTPUT_POLICY, minGrounding: 0.6 }).verdict).toBe('block');
  });

  it('does not block for grounding when no passages were given', () => {
    const result = screenOutputText('Refunds take five days.', []);
    expect(result.verdict).toBe('pass');
    expect(result.groundingScore).toBe(0);
  });

  it('scores a canned "I don\'t know" reply without passages as grounded', () => {
    expect(screenOutputText("I don't know the answer to that from our help centre.", []).groundingScore).toBe(1);
  });

  it('blocks toxic text even when grounded', () => {
    const result = screenOutputText('You can return any item, idiot.', passages);
    expect(result.verdict).toBe('block');
    expect(result.findings).toContainEqual(expect.objectContaining({ type: 'toxicity', action: 'block' }));
  });

  it('masks profanity in an answer by default and keeps the answer', () => {
    const result = screenOutputText('You said the parcel was shit; you can return any item within 30 days.', passages);
    expect(result.verdict).toBe('redact');
    expect(result.screenedText).toBe('You said the parcel was ***; you can return any item within 30 days.');
    expect(result.findings).toContainEqual({ type: 'word_filter', action: 'redact', label: 'PROFANITY', start: 24, end: 28 });
  });

  it('blocks profanity where the tenant says so', () => {
    const policy = { ...DEFAULT_OUTPUT_POLICY, words: WordScreen.of(profanityFilter('block')) };
    expect(screenOutputText('What the f*ck.', [], policy)).toMatchObject({ verdict: 'block', screenedText: '' });
  });

  it('blocks a sentence about an enabled denied topic, in any of the five languages', () => {
    const policy = { ...DEFAULT_OUTPUT_POLICY, topics: TopicScreen.of([TOPIC_CATALOGUE.get('investment-advice')!]) };
    for (const sentence of ['You should invest your savings in index funds.', 'Deberías invertir tus ahorros en fondos indexados.', 'Vous devriez investir vos économies dans des ETF.', 'Sie sollten Ihre Ersparnisse in ETFs investieren.', '你应该把存款投资到指数基金。']) {
      const result = screenOutputText(sentence, [], policy);
      expect([sentence, result.verdict, result.findings.map((f) => f.label)]).toEqual([sentence, 'block', ['investment-advice']]);
    }
    expect(screenOutputText('Refunds take five days.', [], policy).verdict).toBe('pass');
  });
});

describe('screenOutputText: grounding of one streamed sentence', () => {
  const passages = [{ text: 'Unused items can be returned within 60 days of delivery for a full refund.' }];

  it('flags an unsupported sentence by default, showing it, and hides it when the policy says block', () => {
    const flagged = screenOutputText('Our warehouse on the moon ships penguins by balloon.', passages, DEFAULT_OUTPUT_POLICY, 'sentence');
    expect(flagged.verdict).toBe('pass');
    expect(flagged.findings).toEqual([expect.objectContaining({ type: 'ungrounded', action: 'none' })]);
    expect(flagged.groundingScore).toBeLessThan(0.2);
    const blocked = screenOutputText('Our warehouse on the moon ships penguins by balloon.', passages, { ...DEFAULT_OUTPUT_POLICY, sentenceGrounding: 'block' }, 'sentence');
    expect(blocked).toMatchObject({ verdict: 'block', screenedText: '' });
  });

  it('scores a supported sentence high, and still blocks an unsupported whole answer', () => {
    expect(screenOutputText('Unused items can be returned within 60 days [1].', passages, DEFAULT_OUTPUT_POLICY, 'sentence').groundingScore).toBeGreaterThan(0.5);
    expect(screenOutputText('Our warehouse on the moon ships penguins by balloon.', passages).verdict).toBe('block');
  });
});

describe('screenOutputText: personal data in answers', () => {
  it("masks a customer's number instead of blocking the answer, and leaves the knowledge base's address alone", () => {
    const card = screenOutputText('The card 4111 1111 1111 1111 was charged.', []);
    expect(card.verdict).toBe('redact');
    expect(card.screenedText).not.toContain('4111');
    const address = screenOutputText('Send returns to 221 Baker Street, London.', []);
    expect(address).toMatchObject({ verdict: 'pass', screenedText: 'Send returns to 221 Baker Street, London.' });
  });
});
