import { detectToxicity } from './detect-toxicity';

describe('detectToxicity', () => {
  it.each(['You are an idiot.', 'Eres un IMBÉCIL', 'Espèce de connard', 'So ein Arschloch', '你这个白痴'])('blocks %p', (text) => {
    expect(detectToxicity(text)).toEqual({ type: 'toxicity', action: 'block', label: 'profanity', score: 1 });
  });

  it.each(['Your refund is on its way.', 'Shitake mushrooms are out of stock', 'Deppe Street store hours', 'Quelle merde, this is shit'])(
    'passes %p (whole words only; swearing is the profanity list\'s)',
    (text) => {
      expect(detectToxicity(text)).toBeUndefined();
    },
  );
});
