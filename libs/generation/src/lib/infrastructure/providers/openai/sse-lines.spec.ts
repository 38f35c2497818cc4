import { SseParser } from './sse-lines';

/** Feeds `pieces` one by one and collects every event, the end included. */
function parseAll(pieces: readonly (string | Uint8Array)[]): string[] {
  const parser = new SseParser();
  return [...pieces.flatMap((piece) => parser.push(piece)), ...parser.end()];
}

const stream = 'data: {"a":1}\n\n: keep-alive\n\ndata: {"b":2}\n\ndata: [DONE]\n\n';

describe('SseParser', () => {
  it('returns the data of each event and skips comments', () => {
    expect(parseAll([stream])).toEqual(['{"a":1}', '{"b":2}', '[DONE]']);
  });

  it('gives the same events however the bytes are split, even inside a UTF-8 character', () => {
    const bytes = Buffer.from('data: {"t":"café 🎉"}\r\n\r\ndata: x\r\rdata: y\n\n', 'utf8');
    const expected = ['{"t":"café 🎉"}', 'x', 'y'];
    for (let size = 1; size <= bytes.length; size++) {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
      expect(parseAll(pieces)).toEqual(expected);
    }
  });

  it('does not take a \\r\\n split across chunks for two line ends', () => {
    expect(parseAll(['data: a\r', '\n', 'data: b\r', '\n\r\n'])).toEqual(['a\nb']);
  });

  it('joins multi-line data with \\n, keeps a value without the optional space, ignores other fields', () => {
    expect(parseAll(['event: message\nid: 7\nretry: 100\ndata: line one\ndata:line two\ndata\n\n'])).toEqual(['line one\nline two\n']);
  });

  it('strips a leading byte-order mark', () => {
    expect(parseAll(['\uFEFFdata: a\n\n'])).toEqual(['a']);
  });

  it('at the end dispatches complete data lines but drops an unterminated one', () => {
    expect(parseAll(['data: [DONE]\n'])).toEqual(['[DONE]']);
    expect(parseAll(['data: {"a":1}\n\ndata: {"cut'])).toEqual(['{"a":1}']);
  });

  it('returns no event for a blank line with no data', () => {
    expect(parseAll(['\n\n\n: only comments\n\n'])).toEqual([]);
  });
});
