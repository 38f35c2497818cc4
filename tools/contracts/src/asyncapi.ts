import type { Contract } from '@sagewire/contracts';
import { JSON_CONTENT_TYPE } from '@sagewire/contracts';
import type { Json } from './canonical-json';
import { asyncApiMessage, KAFKA_BINDING_VERSION } from './asyncapi-message';

export const ASYNCAPI_VERSION = '3.0.0';

/** Bumped by hand when the set of contracts changes in a way readers should notice. */
export const CATALOG_VERSION = '1.1.0';

const INFO = {
  title: 'Sagewire events and commands',
  version: CATALOG_VERSION,
  description:
    'Every event and command of the query, ingestion and erasure sagas, and of the human support after an escalation. ' +
    'One Kafka topic per type and major version (`<domain>.<name>.v<major>`); dead letters go to `<topic>.dlq`. ' +
    'Generated from libs/contracts; do not edit.',
  license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
};

const SERVERS = {
  local: {
    host: 'localhost:9092',
    protocol: 'kafka',
    description: 'The broker started by `npm run kafka:start`; deployments point at their own brokers.',
  },
};

/**
 * The AsyncAPI 3.0 catalog: a channel per topic, a message per contract, and both operations
 * for every channel, because the platform's own services produce and consume each topic.
 */
export function buildAsyncApi(contracts: readonly Contract[]): Record<string, Json> {
  const channels: Record<string, Json> = {};
  const operations: Record<string, Json> = {};
  const messages: Record<string, Json> = {};
  for (const contract of contracts) {
    const channelId = contract.topic;
    const messageId = contract.type;
    messages[messageId] = asyncApiMessage(contract);
    channels[channelId] = {
      address: contract.topic,
      title: `${contract.name} v${contract.version}`,
      description: contract.description,
      messages: { [messageId]: { $ref: `#/components/messages/${messageId}` } },
      bindings: { kafka: { topic: contract.topic, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    for (const action of ['send', 'receive'] as const) {
      operations[`${channelId}.${action}`] = {
        action,
        channel: { $ref: `#/channels/${channelId}` },
        messages: [{ $ref: `#/channels/${channelId}/messages/${messageId}` }],
        summary: `${action === 'send' ? 'Publish' : 'Consume'} ${contract.kind === 'event' ? 'the event' : 'the command'} ${contract.name} v${contract.version}.`,
      };
    }
  }
  return {
    asyncapi: ASYNCAPI_VERSION,
    info: INFO,
    defaultContentType: JSON_CONTENT_TYPE,
    servers: SERVERS,
    channels,
    operations,
    components: { messages },
  };
}
