import { createEnvelope, defineContract, type Envelope } from '@sagewire/contracts';
import { z } from 'zod';
import { encodeFor } from '../../cloudevents/binary-mode';
import type { OutgoingMessage } from '../../event-bus.port';

/** A contract that exists only for the outbox and inbox specs. */
export const noteAddedV1 = defineContract({
  kind: 'event',
  domain: 'test',
  name: 'NoteAdded',
  version: 1,
  subject: 'conversationId',
  description: 'Test-only event.',
  schema: z.object({ n: z.number().int().nonnegative() }),
});

export function noteEnvelope(key: string, n: number): Envelope {
  return createEnvelope(noteAddedV1, { n }, { source: '/sagewire/tests', tenantId: 'tenant-a', correlationId: key, subject: key });
}

export function noteMessage(key: string, n: number): OutgoingMessage {
  return encodeFor(noteAddedV1, noteEnvelope(key, n));
}

/** The payload number of a recorded message, to assert order. */
export function noteNumber(message: OutgoingMessage): number {
  return (JSON.parse(message.value.toString('utf8')) as { n: number }).n;
}
