import { z } from 'zod';
import { ORDER_STATUSES, type Order } from '../../domain/orders/order';

/** `null` is how many JSON APIs write "absent"; it reads as a missing optional field. */
const optionalText = z.string().min(1).nullish().transform((value) => value ?? undefined);

/**
 * One order as the Order API returns it (`GET /orders/{orderId}`, see docs/order-api.md).
 * `z.object` strips keys it does not list, so fields the company adds (internal notes, the
 * customer's address...) are dropped here and never travel further.
 */
export const orderApiOrderSchema = z.object({
  orderId: z.string().min(1),
  customerId: z.string().min(1),
  status: z.enum(ORDER_STATUSES),
  placedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }).nullish().transform((value) => value ?? undefined),
  carrier: optionalText,
  trackingNumber: optionalText,
  estimatedDelivery: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).nullish().transform((value) => value ?? undefined),
  items: z.array(z.object({ name: z.string().min(1), quantity: z.number().int().nonnegative() })),
  total: z.object({ amount: z.number().finite(), currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "EUR"') }).nullish().transform((value) => value ?? undefined),
});

/** Reads an Order API body; `problem` names the offending fields (zod's messages do not quote the values, which may be customer data). */
export function parseOrderApiOrder(body: unknown): { readonly ok: true; readonly order: Order } | { readonly ok: false; readonly problem: string } {
  const parsed = orderApiOrderSchema.safeParse(body);
  return parsed.success ? { ok: true, order: parsed.data } : { ok: false, problem: z.prettifyError(parsed.error) };
}

// Pins the schema to the domain type: a parsed body is an Order, and a field added to one
// but not the other fails to compile.
type Parsed = z.output<typeof orderApiOrderSchema>;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : never) : never;
const _pinned: { readonly fits: Parsed extends Order ? true : never; readonly sameKeys: SameKeys<Parsed, Order> } = { fits: true, sameKeys: true };
