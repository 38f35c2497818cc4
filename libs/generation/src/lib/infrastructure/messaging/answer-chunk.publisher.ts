import { createEnvelope, causedBy, type Envelope } from '@sagewire/contracts';
import { answerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { encodeFor } from '@sagewire/messaging';
import type { ServiceRuntime } from '@sagewire/service-kit';

/**
 * Publishes the chunks of one streamed answer straight to the bus, not through the outbox:
 * they are ephemeral and high-rate, a lost one is covered by the full text in `ModelInvoked`,
 * and consumers de-duplicate redelivered or regenerated ones by `sequence`. Keyed by the
 * conversation id (the envelope subject), so a conversation's chunks stay in order.
 */
export class AnswerChunkPublisher {
  private sequence = 0;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly command: Envelope<InvokeModelV1>,
  ) {}

  /** How many chunks were published so far. */
  get published(): number {
    return this.sequence;
  }

  async publish(text: string): Promise<void> {
    const { queryId, conversationId, model, passages } = this.command.data;
    // The first chunk tells the stream screen what the answer may rest on (see the contract).
    const grounding = this.sequence === 0 && passages.length > 0 ? { passages } : {};
    const envelope = createEnvelope(
      answerChunkGeneratedV1,
      { queryId, conversationId, sequence: this.sequence, text, model, ...grounding },
      causedBy(this.command, this.runtime.source, conversationId),
    );
    await this.runtime.bus.publish([encodeFor(answerChunkGeneratedV1, envelope)]);
    this.sequence++;
  }
}
