import { envelopeAttributesSchema, type Contract } from '@sagewire/contracts';
import { z } from 'zod';
import type { Json } from './canonical-json';

export type JsonSchema = { readonly [key: string]: Json };

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** The `$id` of a payload schema: the same URN `createEnvelope` puts in `dataschema`. */
export function schemaId(type: string): string {
  return `urn:sagewire:schema:${type}`;
}

/**
 * What a producer may send: the input side of the zod schema. Plain `z.object`s emit no
 * `additionalProperties: false`, so the published schemas stay open to new optional fields.
 */
function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' }) as JsonSchema;
}

/** JSON Schema (draft 2020-12) of one contract's payload. */
export function contractJsonSchema(contract: Contract): JsonSchema {
  return {
    ...toJsonSchema(contract.schema),
    $schema: DRAFT_2020_12,
    $id: schemaId(contract.type),
    title: contract.type,
    description: contract.description,
  };
}

/** JSON Schema of the CloudEvents attributes every message carries (`generated/json-schema/envelope.json`). */
export function envelopeJsonSchema(): JsonSchema {
  return {
    ...toJsonSchema(envelopeAttributesSchema),
    $schema: DRAFT_2020_12,
    $id: schemaId('envelope'),
    title: 'Sagewire CloudEvents envelope',
    description:
      'CloudEvents 1.0 context attributes plus the extensions tenantid, correlationid, causationid and traceparent. ' +
      'Over Kafka they travel as ce_* headers (binary content mode); datacontenttype travels as content-type.',
  };
}
