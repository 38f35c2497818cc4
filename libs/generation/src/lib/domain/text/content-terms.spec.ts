import { contentTerms } from './content-terms';

describe('contentTerms', () => {
  it('drops stopwords, folds accents, drops a plural s and cuts words to a five-letter stem', () => {
    expect([...contentTerms('How do I return the Items? Returned item.')]).toEqual(['retur', 'item']);
    expect([...contentTerms('¿Cuándo llega mi devolución?')]).toEqual(['llega', 'devol']);
  });

  it('treats every Han character as a term', () => {
    expect([...contentTerms('退货政策')]).toEqual(['退', '货', '政', '策']);
  });
});
