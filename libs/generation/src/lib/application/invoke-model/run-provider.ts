import { performance } from 'node:perf_hooks';
import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { describeError } from '@sagewire/errors';
import type { GenerationResult, ModelProvider } from '../../domain/model-provider.port';
import type { AnswerChunkPublisher } from '../../infrastructure/messaging/answer-chunk.publisher';

/** A finished generation with its timings, in whole milliseconds. */
export interface ProviderRun {
  readonly result: GenerationResult;
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

/**
 * Runs one model call, streaming its chunks through `chunks` when the command asks for a
 * stream. Citations take their titles from the sources retrieval named (`InvokeModel.sources`);
 * a command without them falls back to the passage's section, else its document id.
 */
export async function runProvider(provider: ModelProvider, command: InvokeModelV1, chunks: Pick<AnswerChunkPublisher, 'publish'>): Promise<ProviderRun> {
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
    const { model, question, language, passages, history, maxOutputTokens, sources } = command;
    const titles = Object.fromEntries((sources ?? []).map((source) => [source.documentId, source.title]));
    const result = await provider.generate({ model, question, language, passages, maxOutputTokens, titles, ...(history ? { history } : {}) }, onChunk);
    const latencyMs = Math.round(performance.now() - started);
    return { result, latencyMs, ...(firstTokenMs === undefined ? {} : { firstTokenMs }) };
  } catch (error) {
    // A provider may wrap what its sink threw; the refusal is still ours.
    throw refused ?? error;
  }
}
