import { performance } from 'node:perf_hooks';
import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { describeError } from '@sagewire/errors';
import type { ChunkSink, GenerationRequest, GenerationResult } from '../../domain/model-provider.port';
import type { AnswerChunkPublisher } from '../../infrastructure/messaging/answer-chunk.publisher';
import type { AnswerSource } from './response-cache';

/** A finished generation with its timings, in whole milliseconds. */
export interface ProviderRun {
  readonly result: GenerationResult;
  readonly source: AnswerSource;
  readonly latencyMs: number;
  /** Time to the first chunk; absent when the model produced no text at all. */
  readonly firstTokenMs?: number;
}

/** A chunk the bus refused: our failure to retry, not the provider's to report. */
export class ChunkDeliveryError extends Error {
  constructor(override readonly cause: unknown) {
    super(`an answer chunk could not be published: ${describeError(cause).message}`);
    this.name = 'ChunkDeliveryError';
  }
}

/** Produces the answer, streaming through the sink: a provider, possibly behind the response cache. */
export type Answer = (onChunk: ChunkSink) => Promise<{ result: GenerationResult; source: AnswerSource }>;

/**
 * The provider's request for a command. Citations take their titles from the sources
 * retrieval named (`InvokeModel.sources`); a command without them falls back to the
 * passage's section, else its document id.
 */
export function generationRequest(tenantId: string, command: InvokeModelV1): GenerationRequest {
  const { model, question, language, passages, history, maxOutputTokens, sources, customerId, stream } = command;
  const titles = Object.fromEntries((sources ?? []).map((source) => [source.documentId, source.title]));
  return {
    model, tenantId, question, language, passages, maxOutputTokens, titles, stream,
    ...(customerId ? { customerId } : {}),
    ...(sources ? { sources } : {}),
    ...(history ? { history } : {}),
  };
}

/**
 * Runs one answer, streaming its chunks through `chunks` when the command asks for a stream,
 * and times it.
 */
export async function runProvider(answer: Answer, command: InvokeModelV1, chunks: Pick<AnswerChunkPublisher, 'publish'>): Promise<ProviderRun> {
  const started = performance.now();
  let firstTokenMs: number | undefined;
  let refused: ChunkDeliveryError | undefined;
  const onChunk = async (text: string): Promise<void> => {
    firstTokenMs ??= Math.round(performance.now() - started);
    if (!command.stream) return;
    try {
      await chunks.publish(text);
    } catch (error) {
      refused = new ChunkDeliveryError(error);
      throw refused;
    }
  };
  try {
    const { result, source } = await answer(onChunk);
    const latencyMs = Math.round(performance.now() - started);
    return { result, source, latencyMs, ...(firstTokenMs === undefined ? {} : { firstTokenMs }) };
  } catch (error) {
    // A provider may wrap what its sink threw; the refusal is still ours.
    throw refused ?? error;
  }
}
