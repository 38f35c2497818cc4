import type { Contract } from '@sagewire/contracts';
import type { Json } from './canonical-json';
import { envelopeJsonSchema, type JsonSchema } from './json-schema';

/** CloudEvents Kafka binding, binary mode: `datacontenttype` rides as `content-type`, the rest as `ce_<name>`. */
export function headerName(attribute: string): string {
  return attribute === 'datacontenttype' ? 'content-type' : `ce_${attribute}`;
}

/** libs/messaging also copies `traceparent` to a plain header, where OpenTelemetry propagators look. */
const W3C_TRACEPARENT_HEADER = 'traceparent';

function asSchema(value: Json | undefined): JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : {};
}

/** JSON Schema of the Kafka headers of one contract's messages, derived from the envelope schema. */
export function kafkaHeadersSchema(contract: Contract): JsonSchema {
  const envelope = envelopeJsonSchema();
  const attributes = asSchema(envelope['properties']);
  const required = Array.isArray(envelope['required']) ? (envelope['required'] as readonly string[]) : [];
  const properties: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(attributes)) {
    const fixed = name === 'type' ? { type: 'string', const: contract.type } : asSchema(schema);
    properties[headerName(name)] = { ...fixed, description: `CloudEvents attribute \`${name}\`.` };
  }
  properties[W3C_TRACEPARENT_HEADER] = { ...asSchema(attributes['traceparent']), description: 'W3C trace context, same value as ce_traceparent.' };
  return {
    type: 'object',
    properties,
    required: required.map(headerName),
  };
}
