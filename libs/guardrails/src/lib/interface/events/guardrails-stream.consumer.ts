import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { answerChunkGeneratedV1, type AnswerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import { modelInvokedV1, type ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { OnEvent } from '@sagewire/messaging';
import { ScreenAnswerStreamHandler } from '../../application/screen-answer-stream/screen-answer-stream.handler';

/**
 * Binds the streamed answers to the `guardrails-stream` consumer group: a group of its own,
 * so a slow whole-answer screening never holds up the live sentences, and vice versa.
 */
export const GUARDRAILS_STREAM = Symbol('guardrails-stream');

/** Generation's stream of one answer: its chunks, then the full text that closes it. */
@Controller()
export class GuardrailsStreamConsumer {
  constructor(private readonly stream: ScreenAnswerStreamHandler) {}

  @OnEvent(answerChunkGeneratedV1, GUARDRAILS_STREAM)
  onAnswerChunk(@Payload() envelope: Envelope<AnswerChunkGeneratedV1>): Promise<void> {
    return this.stream.chunk(envelope);
  }

  @OnEvent(modelInvokedV1, GUARDRAILS_STREAM)
  onModelInvoked(@Payload() envelope: Envelope<ModelInvokedV1>): Promise<void> {
    return this.stream.answer(envelope);
  }
}
