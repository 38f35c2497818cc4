import type { Contract } from '@sagewire/contracts';
import { JSON_CONTENT_TYPE } from '@sagewire/contracts';
import type { Json } from './canonical-json';
import { contractJsonSchema, type JsonSchema } from './json-schema';
import { kafkaHeadersSchema } from './kafka-headers';

/** Kafka bindings version understood by AsyncAPI 3.0 tooling. */
export const KAFKA_BINDING_VERSION = '0.5.0';

const KEY_DESCRIPTIONS: Record<Contract['subject'], string> = {
  conversationId: 'The conversation id (also the CloudEvents subject), so one conversation stays in order.',
  documentId: 'The document id (also the CloudEvents subject), so one document stays in order.',
  subjectId: 'The data-subject id (also the CloudEvents subject), so one person stays in order.',
  tenantId: 'The tenant id (also the CloudEvents subject), so one tenant stays in order.',
};

/**
 * The payload as an AsyncAPI Schema Object: the generated JSON Schema without `$schema` and
 * `$id`, which belong to the standalone file (the keywords used are the same in draft-07).
 */
export function payloadSchema(contract: Contract): JsonSchema {
  const { $schema: _schema, $id: _id, ...payload } = contractJsonSchema(contract);
  return payload;
}

/** One AsyncAPI message per contract version. */
export function asyncApiMessage(contract: Contract): Record<string, Json> {
  return {
    name: contract.name,
    title: `${contract.name} v${contract.version}`,
    summary: contract.description,
    description:
      `${contract.kind === 'event' ? 'Event' : 'Command'} of the \`${contract.domain}\` domain. ` +
      `CloudEvents type \`${contract.type}\`, binary content mode: attributes in \`ce_*\` headers, the payload as the value.`,
    contentType: JSON_CONTENT_TYPE,
    headers: kafkaHeadersSchema(contract),
    payload: payloadSchema(contract),
    correlationId: {
      description: 'The saga this message belongs to (query, document or erasure id).',
      location: '$message.header#/ce_correlationid',
    },
    bindings: {
      kafka: {
        key: { type: 'string', minLength: 1, description: KEY_DESCRIPTIONS[contract.subject] },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
    tags: [{ name: contract.domain }, { name: contract.kind }],
  };
}
