import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { AnswerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import type { ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { ServiceRuntime } from '@sagewire/service-kit';
import { screenOutputText } from '../../domain/screen-output';
import { sentencesOf } from '../../domain/stream/streamed-answer';
import { GuardrailPolicies } from '../policy/guardrail-policies';
import { publishSentenceVerdict } from '../../infrastructure/messaging/sentence-verdict.publisher';
import { VerdictMetrics } from '../verdict-metrics';
import { AnswerStreams, type AnswerStream } from './answer-streams';

/**
 * Screens a streamed answer sentence by sentence while the model writes, so the client shows
 * only screened text. The first chunk carries the passages the model was given, so each
 * sentence is also checked against them (flagged or hidden by policy); the whole answer is
 * judged again by `ScreenOutput`, and a failing answer is retracted then. Nothing here touches the database:
 * the state is per replica and in memory (see AnswerStreams), and verdicts go straight to the bus.
 */
@Injectable()
export class ScreenAnswerStreamHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly policies: GuardrailPolicies,
    private readonly streams: AnswerStreams,
    private readonly metrics: VerdictMetrics,
  ) {}

  async chunk(envelope: Envelope<AnswerChunkGeneratedV1>): Promise<void> {
    const { queryId, model, sequence, text, passages } = envelope.data;
    const stream = this.streams.streamOf(queryId, model);
    if (stream.finished) return;
    if (passages) stream.passages = passages;
    stream.answer.add(sequence, text);
    await this.publishUpTo(stream, stream.answer.sentences, envelope);
  }

  /**
   * The full text closes the stream: whatever the chunks did not yield (a lost chunk, a lost
   * tail, the last sentence without a terminator) is emitted from it. It numbers sentences
   * as the chunks did (same splitter, same text), so nothing shown is shown twice.
   */
  async answer(envelope: Envelope<ModelInvokedV1>): Promise<void> {
    const { queryId, model, answerText } = envelope.data;
    const stream = this.streams.streamOf(queryId, model);
    if (stream.finished) return;
    const sentences = sentencesOf(answerText);
    const streamed = stream.answer.sentences;
    if (streamed.some((sentence, i) => sentence !== sentences[i])) {
      this.runtime.logger.warn('streamed sentences differ from the full answer', { queryId, model, streamed: streamed.length });
    }
    await this.publishUpTo(stream, sentences, envelope);
    this.streams.finish(stream);
  }

  /** Publishes the sentences not published yet, in order; the count moves only after each publish. */
  private async publishUpTo(stream: AnswerStream, sentences: readonly string[], cause: Envelope<{ queryId: string; conversationId: string }>): Promise<void> {
    const { queryId, conversationId } = cause.data;
    const policy = this.policies.of(cause.tenantid);
    for (let index = stream.published; index < sentences.length; index = Math.max(index + 1, stream.published)) {
      const screening = screenOutputText(sentences[index]!, stream.passages, policy.output, 'sentence');
      await publishSentenceVerdict(this.runtime, cause, {
        queryId, conversationId, sentenceIndex: index, verdict: screening.verdict, screenedText: screening.screenedText, // Without passages (none retrieved, or the first chunk was lost) there is nothing to measure against.
        groundingScore: stream.passages.length > 0 ? screening.groundingScore : 1, findings: screening.findings,
      });
      stream.published = Math.max(stream.published, index + 1);
      this.metrics.count('output_sentence', screening.verdict);
    }
  }
}
