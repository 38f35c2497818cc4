import { crc32 } from 'node:zlib';

/**
 * The AWS event-stream binary framing (`application/vnd.amazon.eventstream`) that Bedrock's
 * streaming operations answer with. One message:
 *
 *   total length (u32 BE) | headers length (u32 BE) | CRC32 of those 8 bytes (u32 BE)
 *   | headers | payload | CRC32 of everything before it (u32 BE)
 *
 * A header is: name length (u8) | name | value type (u8) | value. Only strings (type 7,
 * u16 BE length then UTF-8) are needed: every header Bedrock sends is one.
 */

const PRELUDE_LENGTH = 8;
const CHECKSUM_LENGTH = 4;
const STRING_HEADER_TYPE = 7;

function encodeHeaders(headers: Readonly<Record<string, string>>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const valueBytes = Buffer.from(value, 'utf8');
    if (nameBytes.length > 0xff) throw new Error(`event-stream header name too long: ${name}`);
    if (valueBytes.length > 0xffff) throw new Error(`event-stream header value too long for ${name}`);
    const head = Buffer.alloc(1 + nameBytes.length + 1 + 2);
    head.writeUInt8(nameBytes.length, 0);
    nameBytes.copy(head, 1);
    head.writeUInt8(STRING_HEADER_TYPE, 1 + nameBytes.length);
    head.writeUInt16BE(valueBytes.length, 2 + nameBytes.length);
    parts.push(head, valueBytes);
  }
  return Buffer.concat(parts);
}

/** One framed message with string headers. */
export function encodeEventStreamMessage(headers: Readonly<Record<string, string>>, payload: Uint8Array): Buffer {
  const headerBytes = encodeHeaders(headers);
  const total = PRELUDE_LENGTH + CHECKSUM_LENGTH + headerBytes.length + payload.length + CHECKSUM_LENGTH;
  const message = Buffer.alloc(total);
  message.writeUInt32BE(total, 0);
  message.writeUInt32BE(headerBytes.length, 4);
  message.writeUInt32BE(crc32(message.subarray(0, PRELUDE_LENGTH)), PRELUDE_LENGTH);
  headerBytes.copy(message, PRELUDE_LENGTH + CHECKSUM_LENGTH);
  Buffer.from(payload).copy(message, PRELUDE_LENGTH + CHECKSUM_LENGTH + headerBytes.length);
  message.writeUInt32BE(crc32(message.subarray(0, total - CHECKSUM_LENGTH)), total - CHECKSUM_LENGTH);
  return message;
}

/** A modelled event (`messageStart`, `contentBlockDelta`, ...) with a JSON payload. */
export function encodeEvent(eventType: string, payload: unknown): Buffer {
  return encodeEventStreamMessage(
    { ':event-type': eventType, ':content-type': 'application/json', ':message-type': 'event' },
    Buffer.from(JSON.stringify(payload), 'utf8'),
  );
}

/**
 * A modelled exception (`throttlingException`, ...): the SDK looks `:exception-type` up among
 * the stream's error members and throws that class with the payload's `message`.
 */
export function encodeException(exceptionType: string, payload: { readonly message: string } & Record<string, unknown>): Buffer {
  return encodeEventStreamMessage(
    { ':exception-type': exceptionType, ':content-type': 'application/json', ':message-type': 'exception' },
    Buffer.from(JSON.stringify(payload), 'utf8'),
  );
}
