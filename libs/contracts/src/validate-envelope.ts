import type { Contract, DataOf } from './define-contract';
import { envelopeAttributesSchema, type Envelope } from './envelope';

export type EnvelopeValidation<TData> =
  | { readonly ok: true; readonly envelope: Envelope<TData> }
  | { readonly ok: false; readonly issues: readonly string[] };

/**
 * Checks an incoming CloudEvent against the envelope rules and the contract's payload schema.
 * Expected failures are values: consumers dead-letter them instead of throwing.
 */
export function validateEnvelope<C extends Contract>(contract: C, candidate: unknown): EnvelopeValidation<DataOf<C>> {
  const attributes = envelopeAttributesSchema.safeParse(candidate);
  if (!attributes.success) {
    return { ok: false, issues: attributes.error.issues.map((i) => `envelope.${i.path.join('.')}: ${i.message}`) };
  }
  if (attributes.data.type !== contract.type) {
    return { ok: false, issues: [`envelope.type: expected ${contract.type}, got ${attributes.data.type}`] };
  }
  const data = contract.schema.safeParse((candidate as { data?: unknown }).data);
  if (!data.success) {
    return { ok: false, issues: data.error.issues.map((i) => `data.${i.path.join('.')}: ${i.message}`) };
  }
  return { ok: true, envelope: { ...attributes.data, data: data.data as DataOf<C> } };
}
