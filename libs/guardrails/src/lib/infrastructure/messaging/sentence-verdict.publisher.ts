import { causedBy, createEnvelope, type Envelope } from '@sagewire/contracts';
import { outputScreenedV1, type OutputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { encodeFor } from '@sagewire/messaging';
import type { ServiceRuntime } from '@sagewire/service-kit';

/**
 * Publishes the verdict on one streamed sentence straight to the bus, not through the outbox:
 * like the chunks it screens it is ephemeral and high-rate, a redelivered chunk or answer
 * re-emits it, and the client de-duplicates by `sentenceIndex`. Keyed by the conversation id
 * so a conversation's sentences stay in order.
 */
export async function publishSentenceVerdict(runtime: ServiceRuntime, cause: Envelope, verdict: OutputScreenedV1): Promise<void> {
  const envelope = createEnvelope(outputScreenedV1, verdict, causedBy(cause, runtime.source, verdict.conversationId));
  await runtime.bus.publish([encodeFor(outputScreenedV1, envelope)]);
}
