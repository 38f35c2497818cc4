import { EventStreamCodec } from '@smithy/core/event-streams';
import { crc32 } from 'node:zlib';
import { encodeEvent, encodeEventStreamMessage, encodeException } from './event-stream-encoder';

/** The SDK's own codec: what it decodes is what the real client reads off the wire. */
const codec = new EventStreamCodec((bytes) => Buffer.from(bytes).toString('utf8'), (text) => new Uint8Array(Buffer.from(text, 'utf8')));
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('event-stream encoder', () => {
  it("round-trips through the SDK's EventStreamCodec, which checks both CRCs", () => {
    const decoded = codec.decode(encodeEvent('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'héllo, 世界' } }));
    expect(decoded.headers).toEqual({
      ':event-type': { type: 'string', value: 'contentBlockDelta' },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    });
    expect(JSON.parse(text(decoded.body))).toEqual({ contentBlockIndex: 0, delta: { text: 'héllo, 世界' } });
  });

  it('frames exceptions with :exception-type and a JSON message', () => {
    const decoded = codec.decode(encodeException('throttlingException', { message: 'slow down' }));
    expect(decoded.headers[':message-type']).toEqual({ type: 'string', value: 'exception' });
    expect(decoded.headers[':exception-type']).toEqual({ type: 'string', value: 'throttlingException' });
    expect(JSON.parse(text(decoded.body))).toEqual({ message: 'slow down' });
  });

  it('lays out prelude, headers, payload and CRCs as the spec says', () => {
    const message = encodeEventStreamMessage({ a: 'b' }, Buffer.from('{}'));
    const headers = Buffer.from([1, 0x61, 7, 0, 1, 0x62]); // name length, "a", type 7 (string), u16 length, "b"
    expect(message.readUInt32BE(0)).toBe(12 + headers.length + 2 + 4);
    expect(message.readUInt32BE(4)).toBe(headers.length);
    expect(message.readUInt32BE(8)).toBe(crc32(message.subarray(0, 8)));
    expect(message.subarray(12, 12 + headers.length)).toEqual(headers);
    expect(text(message.subarray(12 + headers.length, message.length - 4))).toBe('{}');
    expect(message.readUInt32BE(message.length - 4)).toBe(crc32(message.subarray(0, message.length - 4)));
    // A flipped payload bit must fail the SDK's message CRC check.
    const corrupt = Buffer.from(message);
    corrupt.writeUInt8(corrupt.readUInt8(message.length - 5) ^ 1, message.length - 5);
    expect(() => codec.decode(corrupt)).toThrow(/checksum/i);
  });
});
