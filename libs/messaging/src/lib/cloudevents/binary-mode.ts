import { ENVELOPE_ATTRIBUTE_NAMES, type Contract, type Envelope } from '@sagewire/contracts';
import type { IncomingMessage, MessageHeaders, OutgoingMessage } from '../event-bus.port';

/**
 * CloudEvents Kafka protocol binding, binary content mode: every context attribute travels
 * as a `ce_<name>` header, `datacontenttype` as `content-type`, and the value is the payload,
 * so any CloudEvents-aware consumer (and a plain Kafka tool) can read the message.
 */
const CE_PREFIX = 'ce_';
const CONTENT_TYPE_HEADER = 'content-type';
/** W3C trace context also rides as a plain header, where OpenTelemetry propagators look. */
const TRACEPARENT_HEADER = 'traceparent';

export function encodeEnvelope(envelope: Envelope, topic: string): OutgoingMessage {
  const headers: Record<string, string> = {};
  for (const name of ENVELOPE_ATTRIBUTE_NAMES) {
    const value = envelope[name];
    if (value === undefined) continue;
    if (name === 'datacontenttype') headers[CONTENT_TYPE_HEADER] = value;
    else headers[`${CE_PREFIX}${name}`] = value;
  }
  if (envelope.traceparent !== undefined) headers[TRACEPARENT_HEADER] = envelope.traceparent;
  return { topic, key: envelope.subject, value: Buffer.from(JSON.stringify(envelope.data)), headers };
}

/** Encodes for the contract's own topic. */
export function encodeFor(contract: Contract, envelope: Envelope): OutgoingMessage {
  return encodeEnvelope(envelope, contract.topic);
}

export type DecodeResult =
  | { readonly ok: true; readonly candidate: Record<string, unknown> }
  | { readonly ok: false; readonly issues: readonly string[] };

/** Rebuilds the CloudEvent candidate (unvalidated) from a Kafka record. */
export function decodeMessage(message: Pick<IncomingMessage, 'headers' | 'value'>): DecodeResult {
  const candidate: Record<string, unknown> = readAttributes(message.headers);
  try {
    candidate['data'] = JSON.parse(message.value.toString('utf8')) as unknown;
  } catch (error) {
    return { ok: false, issues: [`value: not valid JSON (${(error as Error).message})`] };
  }
  return { ok: true, candidate };
}

function readAttributes(headers: MessageHeaders): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [header, value] of Object.entries(headers)) {
    if (header.startsWith(CE_PREFIX)) attributes[header.slice(CE_PREFIX.length)] = value;
  }
  const contentType = headers[CONTENT_TYPE_HEADER];
  if (contentType !== undefined) attributes['datacontenttype'] = contentType;
  return attributes;
}

/** The CloudEvents type of a record, if it carries one. */
export function typeOf(message: Pick<IncomingMessage, 'headers'>): string | undefined {
  return message.headers[`${CE_PREFIX}type`];
}
