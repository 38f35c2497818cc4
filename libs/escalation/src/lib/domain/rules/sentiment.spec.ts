import { foldText } from './fold-text';
import { sentimentScore } from './sentiment';

const score = (text: string) => sentimentScore(foldText(text), text);
const THRESHOLD = -0.7;

describe('sentimentScore', () => {
  it.each([
    "This is absolutely terrible, worst service ever, I'm furious!!!",
    '¡Esto es absolutamente horrible, el peor servicio del mundo, estoy furioso!!!',
    "C'est absolument nul, le pire service qui soit, je suis furieux !!!",
    'Das ist absolut schrecklich, der schlechteste Service überhaupt, ich bin wütend!!!',
    '太糟糕了，这是最差的服务，我非常愤怒！！！',
  ])('scores rage below the threshold: %p', (text) => {
    expect(score(text)).toBeLessThan(THRESHOLD);
  });

  it.each([
    'My parcel is late',
    'The app does not work',
    "I can't log in",
    'Mi paquete llega tarde y la aplicación no funciona',
    "Mon colis est en retard, l'application ne fonctionne pas",
    'Mein Paket ist verspätet und die App funktioniert nicht',
    '我的包裹迟到了，应用无法使用',
    'This is terrible',
  ])('keeps an ordinary complaint above the threshold: %p', (text) => {
    expect(score(text)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('is 0 for neutral text and stays within [-1, 1]', () => {
    expect(score('How do I return an item?')).toBe(0);
    expect(score('terrible '.repeat(50))).toBeGreaterThanOrEqual(-1);
    expect(score('great '.repeat(50))).toBeLessThanOrEqual(1);
  });

  it.each([
    ['I am happy with it', 'I am not happy with it'],
    ['Estoy contento', 'No estoy contento'],
    ['Je suis content', 'Je ne suis pas content'],
    ['Ich bin zufrieden', 'Ich bin nicht zufrieden'],
    ['我很满意', '我不满意'],
  ])('flips a negated word: %p vs %p', (positive, negated) => {
    expect(score(positive)).toBeGreaterThan(0);
    expect(score(negated)).toBeLessThan(0);
  });

  it('is strengthened by intensifiers, exclamation marks and shouting', () => {
    expect(score('absolutely terrible')).toBeLessThan(score('terrible'));
    expect(score('terrible!!!')).toBeLessThan(score('terrible'));
    expect(score('THIS IS TERRIBLE SERVICE')).toBeLessThan(score('this is terrible service'));
  });
});
