import { createEnvelope, defineContract } from '@sagewire/contracts';
import { z } from 'zod';
import { encodeFor } from '../lib/cloudevents/binary-mode';
import type { OutgoingMessage } from '../lib/event-bus.port';

/** A contract that exists only for the messaging tests, so they do not depend on real ones. */
export const orderPlacedV1 = defineContract({
  kind: 'event',
  domain: 'test',
  name: 'OrderPlaced',
  version: 1,
  subject: 'conversationId',
  description: 'Test-only event.',
  schema: z.object({ orderId: z.string().min(1), publisher: z.string(), seq: z.number().int().nonnegative() }),
});

/** An encoded OrderPlaced CloudEvent for `topic` (tests use a unique topic per case). */
export function orderMessage(topic: string, key: string, publisher: string, seq: number): OutgoingMessage {
  const envelope = createEnvelope(orderPlacedV1, { orderId: `${key}-${seq}`, publisher, seq }, {
    source: '/sagewire/tests', tenantId: 'tenant-a', correlationId: key, subject: key,
  });
  return { ...encodeFor(orderPlacedV1, envelope), topic };
}
