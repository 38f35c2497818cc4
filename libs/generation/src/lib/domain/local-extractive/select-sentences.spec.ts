import type { Passage } from '../model-provider.port';
import { selectSentences } from './select-sentences';

const passage = (chunkId: string, text: string): Passage => ({ chunkId, documentId: `doc-${chunkId}`, documentVersion: 1, text, score: 1 });
const options = { maxSentences: 3, minOverlap: 0.3 };

const passages = [
  passage('a', 'Our stores open at 9am. You can return any item within 30 days of delivery.'),
  passage('b', 'Refunds are issued to the original card. Items must be returned unused.'),
];

describe('selectSentences', () => {
  it('picks the sentences that share the most content words with the question', () => {
    const selected = selectSentences('How many days do I have to return an item?', passages, options);
    expect(selected.map((s) => s.text)).toEqual(['You can return any item within 30 days of delivery.', 'Items must be returned unused.']);
    expect(selected[0]?.passage.chunkId).toBe('a');
    // 3 of the 4 question terms (many, day, return, item).
    expect(selected[0]?.overlap).toBe(0.75);
  });

  it('matches across accents and word forms in Spanish', () => {
    const es = [passage('c', 'Las devoluciones son gratuitas durante 30 días.')];
    expect(selectSentences('¿Cuánto cuesta una devolución?', es, options).map((s) => s.text)).toEqual([
      'Las devoluciones son gratuitas durante 30 días.',
    ]);
  });

  it('returns nothing when no sentence reaches the minimum overlap', () => {
    expect(selectSentences('Do you sell gift vouchers?', passages, options)).toEqual([]);
    expect(selectSentences('What?', passages, options)).toEqual([]);
    expect(selectSentences('How do I return an item?', [], options)).toEqual([]);
  });

  it('quotes a repeated sentence once and never more than maxSentences', () => {
    const repeated = [passage('a', 'Returns are free. Returns are free.'), passage('b', 'Returns take a week. Returns need a label.')];
    const selected = selectSentences('returns', repeated, { maxSentences: 2, minOverlap: 0.3 });
    expect(selected.map((s) => s.text)).toEqual(['Returns are free.', 'Returns take a week.']);
  });
});
