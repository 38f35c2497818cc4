import { z } from 'zod';

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const JSON_CONTENT_TYPE = 'application/json';

/** W3C trace context `traceparent`: version-traceid-parentid-flags, lowercase hex. */
export const TRACEPARENT_PATTERN = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * CloudEvents 1.0 context attributes plus Sagewire's extensions.
 * Extension names are lowercase alphanumerics, as CloudEvents requires.
 */
export const envelopeAttributesSchema = z.object({
  id: z.string().min(1),
  /** URI-reference of the producer, e.g. `/sagewire/gateway`. */
  source: z.string().min(1),
  type: z.string().min(1),
  specversion: z.literal(CLOUDEVENTS_SPEC_VERSION),
  time: z.iso.datetime({ offset: true }),
  /** The partition key: conversation, document or data-subject id. */
  subject: z.string().min(1),
  datacontenttype: z.literal(JSON_CONTENT_TYPE),
  dataschema: z.string().optional(),
  tenantid: z.string().min(1),
  /** The saga this message belongs to (query id, document id, erasure id). */
  correlationid: z.string().min(1),
  /** The id of the message that caused this one; absent for the first message of a saga. */
  causationid: z.string().min(1).optional(),
  traceparent: z.string().regex(TRACEPARENT_PATTERN).optional(),
});

export type EnvelopeAttributes = z.infer<typeof envelopeAttributesSchema>;

/** A CloudEvent with a typed payload. */
export interface Envelope<TData = unknown> extends EnvelopeAttributes {
  readonly data: TData;
}

/** Names of the attributes carried as `ce_*` headers in Kafka binary content mode. */
export const ENVELOPE_ATTRIBUTE_NAMES = Object.keys(envelopeAttributesSchema.shape) as (keyof EnvelopeAttributes)[];
