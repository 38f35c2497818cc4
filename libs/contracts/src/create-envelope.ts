import { randomUUID } from 'node:crypto';
import type { Contract, DataOf } from './define-contract';
import { CLOUDEVENTS_SPEC_VERSION, JSON_CONTENT_TYPE, type Envelope } from './envelope';

/** Where a message comes from and which saga it belongs to. */
export interface EnvelopeContext {
  readonly source: string;
  readonly tenantId: string;
  readonly correlationId: string;
  readonly subject: string;
  readonly causationId?: string;
  readonly traceparent?: string;
  /** Fixed ids and times are for fixtures and tests; production lets them default. */
  readonly id?: string;
  readonly time?: Date;
}

/** Builds a CloudEvent for a contract, validating the payload against its schema first. */
export function createEnvelope<C extends Contract>(contract: C, data: DataOf<C>, context: EnvelopeContext): Envelope<DataOf<C>> {
  const parsed = contract.schema.parse(data) as DataOf<C>;
  return {
    id: context.id ?? randomUUID(),
    source: context.source,
    type: contract.type,
    specversion: CLOUDEVENTS_SPEC_VERSION,
    time: (context.time ?? new Date()).toISOString(),
    subject: context.subject,
    datacontenttype: JSON_CONTENT_TYPE,
    dataschema: `urn:sagewire:schema:${contract.type}`,
    tenantid: context.tenantId,
    correlationid: context.correlationId,
    ...(context.causationId === undefined ? {} : { causationid: context.causationId }),
    ...(context.traceparent === undefined ? {} : { traceparent: context.traceparent }),
    data: parsed,
  };
}

/** Context for a message caused by `cause`: same tenant, saga and trace; causation = cause.id. */
export function causedBy(cause: Envelope, source: string, subject: string = cause.subject): EnvelopeContext {
  return {
    source,
    tenantId: cause.tenantid,
    correlationId: cause.correlationid,
    subject,
    causationId: cause.id,
    ...(cause.traceparent === undefined ? {} : { traceparent: cause.traceparent }),
  };
}
