import { describe, expect, it } from '@jest/globals';
import { ALL_CONTRACTS } from '@sagewire/contracts';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { buildAsyncApi } from './asyncapi';
import type { Json } from './canonical-json';

const doc = buildAsyncApi(ALL_CONTRACTS);
/** AsyncAPI 3.0 component and channel keys. */
const KEY_PATTERN = /^[\w.-]+$/;

/** Fields AsyncAPI 3.0.0 allows on each object (its JSON Schema sets additionalProperties: false). */
const ALLOWED_FIELDS = {
  document: ['asyncapi', 'id', 'info', 'servers', 'defaultContentType', 'channels', 'operations', 'components'],
  channel: ['address', 'messages', 'title', 'summary', 'description', 'servers', 'parameters', 'tags', 'externalDocs', 'bindings'],
  operation: ['action', 'channel', 'title', 'summary', 'description', 'security', 'tags', 'externalDocs', 'bindings', 'traits', 'messages', 'reply'],
  message: ['headers', 'payload', 'correlationId', 'contentType', 'name', 'title', 'summary', 'description', 'tags', 'externalDocs', 'bindings', 'examples', 'deprecated', 'traits'],
};

/** Follows a local `$ref` such as `#/channels/x/messages/y`. */
function resolve(ref: string): Json | undefined {
  return ref
    .slice(2)
    .split('/')
    .reduce<Json | undefined>((node, part) => (node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, Json>)[part] : undefined), doc);
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

describe('buildAsyncApi', () => {
  const channels = doc['channels'] as Record<string, Record<string, Json>>;
  const operations = doc['operations'] as Record<string, { action: string; channel: { $ref: string }; messages: { $ref: string }[] }>;

  it('is an AsyncAPI 3.0.0 document with one channel per topic, addressed by the topic', () => {
    expect(doc['asyncapi']).toBe('3.0.0');
    expect(Object.keys(channels)).toHaveLength(ALL_CONTRACTS.length);
    for (const contract of ALL_CONTRACTS) expect(channels[contract.topic]?.['address']).toBe(contract.topic);
  });

  it('uses only keys AsyncAPI allows and only references that resolve', () => {
    const messages = (doc['components'] as Record<string, Record<string, Json>>)['messages'] ?? {};
    for (const key of [...Object.keys(channels), ...Object.keys(operations), ...Object.keys(messages)]) expect(key).toMatch(KEY_PATTERN);
    const unresolved = refsIn(doc).filter((ref) => !ref.startsWith('#/') || resolve(ref) === undefined);
    expect(unresolved).toEqual([]);
  });

  it('uses only the fields AsyncAPI 3.0.0 defines on documents, channels, operations and messages', () => {
    const messages = Object.values((doc['components'] as Record<string, Record<string, object>>)['messages'] ?? {});
    const unknown = (objects: object[], allowed: string[]) => objects.flatMap((o) => Object.keys(o)).filter((k) => !allowed.includes(k));
    expect(unknown([doc], ALLOWED_FIELDS.document)).toEqual([]);
    expect(unknown(Object.values(channels), ALLOWED_FIELDS.channel)).toEqual([]);
    expect(unknown(Object.values(operations), ALLOWED_FIELDS.operation)).toEqual([]);
    expect(unknown(messages, ALLOWED_FIELDS.message)).toEqual([]);
  });

  it('sends and receives on every channel, with messages of that channel only', () => {
    for (const op of Object.values(operations)) {
      expect(['send', 'receive']).toContain(op.action);
      for (const message of op.messages) expect(message.$ref.startsWith(`${op.channel.$ref}/messages/`)).toBe(true);
    }
    expect(Object.keys(operations)).toHaveLength(2 * ALL_CONTRACTS.length);
  });

  it('describes the payload, the CloudEvents headers and the Kafka key of a message', () => {
    const message = resolve(`#/components/messages/${documentsRetrievedV1.type}`) as Record<string, Record<string, Json>>;
    expect(message['contentType']).toBe('application/json');
    expect(message['payload']?.['required']).toEqual(expect.arrayContaining(['queryId', 'conversationId', 'passages']));
    expect(message['payload']?.['$schema']).toBeUndefined();
    const headers = message['headers'] as { properties: Record<string, Record<string, Json>>; required: string[] };
    expect(headers.properties['ce_type']?.['const']).toBe(documentsRetrievedV1.type);
    expect(headers.required).toEqual(expect.arrayContaining(['ce_id', 'ce_source', 'ce_specversion', 'ce_type', 'ce_time', 'ce_subject', 'ce_tenantid', 'ce_correlationid', 'content-type']));
    expect(Object.keys(headers.properties)).toEqual(expect.arrayContaining(['ce_causationid', 'ce_traceparent', 'ce_dataschema']));
    expect(message['bindings']?.['kafka']).toMatchObject({ key: { type: 'string' }, bindingVersion: '0.5.0' });
  });
});
