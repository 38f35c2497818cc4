import { describeError } from '@sagewire/errors';
import { fnv1a32 } from './feature-hash';
import { DEFAULT_LOCAL_EMBEDDING_DIMENSIONS, LocalEmbeddingModel } from './local-embedding';

const cosine = (a: readonly number[], b: readonly number[]): number => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe('LocalEmbeddingModel', () => {
  const model = new LocalEmbeddingModel();
  const [refunds, password, shipping] = model.embedSync([
    'Refunds go back to the original card within 5 business days.',
    'To reset your password, click Forgot password on the sign-in page.',
    'We ship to over 40 countries; express shipping arrives the next day.',
  ]);

  it('produces L2-normalised vectors of the configured size', async () => {
    expect(model.dimensions).toBe(DEFAULT_LOCAL_EMBEDDING_DIMENSIONS);
    expect(model.id).toBe('local-hashing-v1-384');
    const [vector] = await model.embed(['Hello world']);
    expect(vector).toHaveLength(384);
    expect(cosine(vector!, vector!)).toBeCloseTo(1, 10);
    expect(new LocalEmbeddingModel(16).embedSync(['x'])[0]).toHaveLength(16);
  });

  it('is deterministic across instances', () => {
    expect(new LocalEmbeddingModel().embedSync(['reset password'])).toEqual(model.embedSync(['reset password']));
    expect(fnv1a32('a')).toBe(0xe40c292c); // the published FNV-1a test vector
  });

  it('scores lexically related text far above unrelated text', () => {
    const [query] = model.embedSync(['How do I reset my PASSWORD?']);
    expect(cosine(query!, password!)).toBeGreaterThan(0.4);
    expect(cosine(query!, refunds!)).toBeLessThan(0.2);
    expect(cosine(query!, shipping!)).toBeLessThan(0.2);
  });

  it('folds accents and tolerates inflection through trigrams', () => {
    const [plain, accented, plural, other] = model.embedSync(['contrasena', 'Contraseña', 'refunds', 'shipping']);
    expect(cosine(plain!, accented!)).toBeCloseTo(1, 10);
    const [singular] = model.embedSync(['refund']);
    expect(cosine(singular!, plural!)).toBeGreaterThan(0.3);
    expect(cosine(singular!, other!)).toBeLessThan(0.1);
  });

  it('is lexical, not semantic: synonyms share nothing', () => {
    const [a, b] = model.embedSync(['refund', 'money back']);
    expect(Math.abs(cosine(a!, b!))).toBeLessThan(0.15);
  });

  it('gives the zero vector to text without terms', () => {
    expect(model.embedSync(['the and of ?!'])[0]!.every((value) => value === 0)).toBe(true);
  });

  it('rejects impossible dimensions', () => {
    let thrown: unknown;
    try {
      new LocalEmbeddingModel(0);
    } catch (error) {
      thrown = error;
    }
    expect(describeError(thrown)).toMatchObject({ code: 'RETRIEVAL.INVALID_EMBEDDING_DIMENSIONS', retriable: false });
  });
});
