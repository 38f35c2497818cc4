import { joinSentences, separatorBefore } from './join-sentences';
import { sseComment, sseData, sseEvent } from './sse';

describe('SSE formatting', () => {
  it('writes a named event with one JSON data line', () => {
    expect(sseEvent('chunk', { sequence: 0, text: 'a\nb' })).toBe('event: chunk\ndata: {"sequence":0,"text":"a\\nb"}\n\n');
  });

  it('writes unnamed data events and the OpenAI terminator', () => {
    expect(sseData({ a: 1 })).toBe('data: {"a":1}\n\n');
    expect(sseData('[DONE]')).toBe('data: [DONE]\n\n');
  });

  it('writes comments on one line', () => {
    expect(sseComment('heartbeat\nnow')).toBe(': heartbeat now\n\n');
  });
});

describe('joining sentences', () => {
  it('adds a space only where neither side has whitespace', () => {
    expect(joinSentences(['One.', 'Two.', ' Three.'])).toBe('One. Two. Three.');
    expect(separatorBefore('', 'x')).toBe('');
    expect(separatorBefore('a\n', 'b')).toBe('');
  });
});
