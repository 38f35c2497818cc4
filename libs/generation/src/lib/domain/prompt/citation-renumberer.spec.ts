import { CitationRenumberer, renumberCitations } from './citation-renumberer';
import type { SourceRef } from './source-ref';

const sourceMap: SourceRef[] = [
  { number: 1, documentId: 'returns', documentVersion: 3, title: 'Returns policy', section: 'Time limits' },
  { number: 2, documentId: 'shipping', documentVersion: 1, title: 'Shipping', uri: 'https://help.example.com/shipping' },
  { number: 3, documentId: 'refunds', documentVersion: 2, title: 'Refunds' },
  { number: 12, documentId: 'gift-cards', documentVersion: 1, title: 'Gift cards' },
];

const renumbered = (text: string): string => renumberCitations(text, sourceMap).text;

/** Streams `deltas` through a renumberer and returns what it emitted, delta by delta. */
function stream(deltas: readonly string[]): { outputs: string[]; renumberer: CitationRenumberer } {
  const renumberer = new CitationRenumberer(sourceMap);
  const outputs = deltas.map((delta) => renumberer.push(delta));
  outputs.push(renumberer.flush());
  return { outputs, renumberer };
}

/** A small seeded generator, so a failing chunking can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Cuts text at random points into pieces of 1..8 characters. */
function randomChunks(text: string, next: () => number): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(next() * 8);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

describe('renumberCitations', () => {
  it('numbers sources by first appearance and returns their citations in that order', () => {
    const result = renumberCitations('Refunds take 5 days [3]. Returns are free [1]. Refunds go to your card [3].', sourceMap);
    expect(result.text).toBe('Refunds take 5 days [1]. Returns are free [2]. Refunds go to your card [1].');
    expect(result.citations).toEqual([
      { documentId: 'refunds', documentVersion: 2, title: 'Refunds' },
      { documentId: 'returns', documentVersion: 3, title: 'Returns policy', section: 'Time limits' },
    ]);
  });

  it('carries the uri of a source into its citation', () => {
    expect(renumberCitations('Fast [2].', sourceMap).citations).toEqual([
      { documentId: 'shipping', documentVersion: 1, title: 'Shipping', uri: 'https://help.example.com/shipping' },
    ]);
  });

  it.each([
    ['[3][1]', '[1][2]'],
    ['[3] [1]', '[1][2]'],
    ['[1, 3]', '[1][2]'],
    ['[1,3]', '[1][2]'],
    ['[3, 1]', '[1][2]'],
    ['[Source 2]', '[1]'],
    ['[source: 2]', '[1]'],
    ['[Sources 2, 3]', '[1][2]'],
    ['【2】', '[1]'],
    ['【2，3】', '[1][2]'],
    ['[1-3]', '[1][2][3]'],
    ['[2][2]', '[1]'],
  ])('writes %s in the canonical form %s', (written, canonical) => {
    expect(renumbered(`Yes ${written}.`)).toBe(`Yes ${canonical}.`);
  });

  it('keeps [12] and [1] apart', () => {
    const result = renumberCitations('Gift cards [12]. Returns [1].', sourceMap);
    expect(result.text).toBe('Gift cards [1]. Returns [2].');
    expect(result.citations.map((c) => c.documentId)).toEqual(['gift-cards', 'returns']);
  });

  it('removes markers of numbers the prompt did not offer, with the space before them', () => {
    expect(renumbered('Returns are free [9]. Shipping is fast [0] and cheap [2].')).toBe('Returns are free. Shipping is fast and cheap [1].');
    expect(renumbered('Refunds [9, 3].')).toBe('Refunds [1].');
    expect(renumberCitations('Only made up [7].', sourceMap).citations).toEqual([]);
  });

  it('leaves bracketed words, markdown links, four-digit numbers and open brackets alone', () => {
    const text = 'See [note] and [the guide](https://x.test/1) or [1](https://x.test/2), since [2024]; array[0 and [ 1 ] x [';
    expect(renumbered(text)).toBe('See [note] and [the guide](https://x.test/1) or [1](https://x.test/2), since [2024]; array[0 and [1] x [');
  });

  it('leaves text without markers untouched, including spaces and newlines', () => {
    const text = 'Hello!  \n\nHow can I help?   ';
    expect(renumbered(text)).toBe(text);
  });
});

describe('CitationRenumberer streaming', () => {
  it('holds back a marker split across three deltas and emits it whole', () => {
    const renumberer = new CitationRenumberer(sourceMap);
    expect(renumberer.push('Returns are free [')).toBe('Returns are free');
    expect(renumberer.push('Sou')).toBe('');
    expect(renumberer.push('rce 3].')).toBe(' [1].');
    expect(renumberer.flush()).toBe('');
    expect(renumberer.citations().map((c) => c.documentId)).toEqual(['refunds']);
  });

  it('waits for the next character before deciding between [1] and [12]', () => {
    const renumberer = new CitationRenumberer(sourceMap);
    expect(renumberer.push('Gift cards [1')).toBe('Gift cards');
    expect(renumberer.push('2')).toBe('');
    expect(renumberer.push('].')).toBe(' [1].');
    expect(renumberer.citations().map((c) => c.documentId)).toEqual(['gift-cards']);
  });

  it('emits a bracket at once when what follows rules out a marker', () => {
    const renumberer = new CitationRenumberer(sourceMap);
    expect(renumberer.push('See [no')).toBe('See [no');
  });

  it('holds at most a short tail while a would-be marker never closes', () => {
    const renumberer = new CitationRenumberer(sourceMap);
    const emitted = renumberer.push('Numbers [1, 2, 3, 4, 5, 6, 7, 8, 9 and more');
    expect(emitted.length).toBeGreaterThan(0);
    expect(emitted + renumberer.flush()).toBe('Numbers [1, 2, 3, 4, 5, 6, 7, 8, 9 and more');
  });

  it('gives the whole-text result for any chunking of several answers', () => {
    const answers = [
      'Returns are free within 30 days [1]. Refunds take 5 days [3][1]! Gift cards [12] cannot be returned [9].',
      'Shipping is free [Source 2]. 【3】 Express costs extra [1, 3] and see [note] or [the guide](https://x.test) [2] [12].',
      'Unknown [7] everywhere [0] [ 12 ] and [1-2]. Trailing marker [3]',
      'Spaces    [2]   and tabs\t[1]\nnew line [3]\n[12] at the start, [1](link) kept, half open [1',
      '退货免费【1】。退款需要五天【3】。',
      '',
    ];
    const next = random(42);
    for (const answer of answers) {
      const expected = renumberCitations(answer, sourceMap);
      for (let trial = 0; trial < 200; trial++) {
        const { outputs, renumberer } = stream(randomChunks(answer, next));
        expect(outputs.join('')).toBe(expected.text);
        expect(renumberer.citations()).toEqual(expected.citations);
      }
      // Character by character, the finest split there is.
      expect(stream([...answer]).outputs.join('')).toBe(expected.text);
    }
  });

  it('emits finished sentences before the end of the stream', () => {
    const { outputs } = stream(['Returns are free [1]. ', 'Refunds take 5 days [3].']);
    expect(outputs[0]).toBe('Returns are free [1].');
  });
});
