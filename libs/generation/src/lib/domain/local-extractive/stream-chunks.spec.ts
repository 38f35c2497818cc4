import { streamChunks } from './stream-chunks';

describe('streamChunks', () => {
  it('groups words and concatenates back to the exact text', () => {
    const text = 'Here is what our help centre says: returns are free [1].';
    const chunks = streamChunks(text, 3);
    expect(chunks).toEqual(['Here is what', ' our help centre', ' says: returns are', ' free [1].']);
    expect(chunks.join('')).toBe(text);
  });

  it('counts each Chinese character as a word, since the text has no spaces', () => {
    expect(streamChunks('退货在三十天内免费。', 4)).toEqual(['退货在三', '十天内免', '费。']);
  });

  it('sends one word per chunk when asked for less', () => {
    expect(streamChunks('a b', 0)).toEqual(['a', ' b']);
  });

  it('returns no chunks for empty text', () => {
    expect(streamChunks('', 4)).toEqual([]);
  });
});
