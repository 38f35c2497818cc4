import { z } from 'zod';
import { countSchema, idSchema, timestampSchema } from '../primitives.v1';

/**
 * Every erasure payload names its erasure (the saga) and the data subject (the Kafka key, so
 * all erasure traffic for one person stays in order).
 */
export const erasureRefShape = {
  erasureId: idSchema,
  /** The person whose data is erased, e.g. the tenant's customer id. */
  subjectId: idSchema,
};

/**
 * A service that holds personal data, e.g. `gateway`, `audit`. A pattern rather than an enum:
 * adding a service must not force a new version of every erasure contract.
 */
export const serviceNameSchema = z.string().regex(/^[a-z][a-z0-9-]*$/);

/** `all_personal_data` for a right-to-erasure request; `conversations` for history only. */
export const erasureScopeSchema = z.enum(['all_personal_data', 'conversations']);

/** `crypto_shred` destroys the subject's key, used where rows must stay (the hash-chained audit log). */
export const erasureMethodSchema = z.enum(['delete', 'crypto_shred']);

/** A service's proof that it erased a subject's data. */
export const erasureReceiptSchema = z.object({
  service: serviceNameSchema,
  receiptId: idSchema,
  itemsErased: countSchema,
  method: erasureMethodSchema,
  erasedAt: timestampSchema,
});
