import { detectToxicity } from './detect-toxicity';

describe('detectToxicity', () => {
  it.each(['You are an idiot.', 'Eres un IMBÉCIL', 'Quelle merde', 'So ein Arschloch', '你这个白痴'])('blocks %p', (text) => {
    expect(detectToxicity(text)).toEqual({ type: 'toxicity', action: 'block', label: 'profanity', score: 1 });
  });

  it.each(['Your refund is on its way.', 'Shitake mushrooms are out of stock', 'Deppe Street store hours'])(
    'passes %p (whole words only)',
    (text) => {
      expect(detectToxicity(text)).toBeUndefined();
    },
  );
});
