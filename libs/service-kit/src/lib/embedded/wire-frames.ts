/** PostgreSQL frontend/backend protocol framing, just enough to relay messages to PGlite. */

const SSL_REQUEST_CODE = 80877103;
const GSS_REQUEST_CODE = 80877104;
const CANCEL_REQUEST_CODE = 80877102;

/** Messages after which the client waits for the server: the end of one request. */
export const REQUEST_END_TYPES = new Set(['S', 'Q', 'H', 'X'].map((c) => c.charCodeAt(0)));
export const TERMINATE = 'X'.charCodeAt(0);

export type StartupFrame = { kind: 'ssl' } | { kind: 'cancel' } | { kind: 'startup'; bytes: Buffer };

/** The first message of a connection has no type byte: length, then a protocol code. */
export function readStartupFrame(buffer: Buffer): { frame: StartupFrame; size: number } | undefined {
  if (buffer.length < 8) return undefined;
  const size = buffer.readInt32BE(0);
  if (buffer.length < size) return undefined;
  const code = buffer.readInt32BE(4);
  if (code === SSL_REQUEST_CODE || code === GSS_REQUEST_CODE) return { frame: { kind: 'ssl' }, size };
  if (code === CANCEL_REQUEST_CODE) return { frame: { kind: 'cancel' }, size };
  return { frame: { kind: 'startup', bytes: buffer.subarray(0, size) }, size };
}

/** A regular message: one type byte, then a length that counts itself. */
export function readFrame(buffer: Buffer): { type: number; bytes: Buffer } | undefined {
  if (buffer.length < 5) return undefined;
  const size = 1 + buffer.readInt32BE(1);
  if (buffer.length < size) return undefined;
  return { type: buffer[0]!, bytes: buffer.subarray(0, size) };
}

/** The transaction status of the last ReadyForQuery in a server response ('I', 'T', 'E'), if any. */
export function lastReadyStatus(response: Uint8Array): string | undefined {
  let status: string | undefined;
  let offset = 0;
  const view = Buffer.from(response.buffer, response.byteOffset, response.byteLength);
  while (offset + 5 <= view.length) {
    const type = view[offset]!;
    const size = view.readInt32BE(offset + 1);
    if (type === 0x5a && size === 5 && offset + 6 <= view.length) status = String.fromCharCode(view[offset + 5]!);
    offset += 1 + size;
  }
  return status;
}
