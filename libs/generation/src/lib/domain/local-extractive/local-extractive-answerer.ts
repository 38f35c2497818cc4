import { AppError } from '@sagewire/errors';
import type { ChunkSink, GenerationRequest, GenerationResult, ModelProvider } from '../model-provider.port';
import { approximateTokens, truncateToTokens } from '../tokens';
import { answerMessages } from './answer-messages';
import { composeAnswer, type ComposedAnswer } from './compose-answer';
import { selectSentences } from './select-sentences';
import { streamChunks } from './stream-chunks';

/** Tuning of the local answerer; every field has a default. */
export interface LocalExtractiveOptions {
  /** Awaited between chunks to pace the stream like a model; the wiring passes a real sleep, tests none. */
  delay?: (ms: number) => Promise<void>;
  chunkDelayMs?: number;
  wordsPerChunk?: number;
  maxSentences?: number;
  /** Share of the question's content terms a sentence must contain to be quoted. */
  minOverlap?: number;
}

const DEFAULTS = { chunkDelayMs: 40, wordsPerChunk: 4, maxSentences: 3, minOverlap: 0.3 };

/** Confidence of the "I don't know" reply: low, so the escalation rules offer a human. */
export const NO_ANSWER_CONFIDENCE = 0.2;
const MIN_CONFIDENCE = 0.5;
const MAX_CONFIDENCE = 0.95;

/**
 * Answers without any network by quoting the passage sentences that best match the question,
 * with "[n]" citation markers, in the question's language. It is the provider of the embedded
 * mode and the last fallback of the model chain. The request's `model` is not used. When
 * nothing is relevant it says so (confidence {@link NO_ANSWER_CONFIDENCE}, no citations);
 * otherwise confidence rises with the best sentence's overlap, from 0.5 to 0.95.
 */
export class LocalExtractiveAnswerer implements ModelProvider {
  private readonly settings: typeof DEFAULTS;
  private readonly delay: LocalExtractiveOptions['delay'];

  constructor({ delay, ...tuning }: LocalExtractiveOptions = {}) {
    // Field by field, so an explicit `undefined` still gets the default.
    this.settings = {
      chunkDelayMs: tuning.chunkDelayMs ?? DEFAULTS.chunkDelayMs,
      wordsPerChunk: tuning.wordsPerChunk ?? DEFAULTS.wordsPerChunk,
      maxSentences: tuning.maxSentences ?? DEFAULTS.maxSentences,
      minOverlap: tuning.minOverlap ?? DEFAULTS.minOverlap,
    };
    this.delay = delay;
  }

  async generate(request: GenerationRequest, onChunk: ChunkSink, signal?: AbortSignal): Promise<GenerationResult> {
    const { minOverlap, maxSentences } = this.settings;
    const messages = answerMessages(request.language);
    const selected = selectSentences(request.question, request.passages, { minOverlap, maxSentences });
    const best = Math.max(0, ...selected.map((s) => s.overlap));
    const composed: ComposedAnswer =
      selected.length === 0 ? { text: messages.noAnswer, citations: [] } : composeAnswer(messages.leadIn, selected, request.titles);

    const text = truncateToTokens(composed.text, request.maxOutputTokens);
    await this.stream(text, onChunk, signal);
    return {
      text,
      // A marker cut off by truncation takes its citation with it; markers only ever increase through the text.
      citations: composed.citations.filter((_, i) => text.includes(`[${i + 1}]`)),
      // What a model's prompt would hold: the question, the history and the passages.
      inputTokens: approximateTokens(
        [request.question, ...(request.history ?? []).map((t) => t.text), ...request.passages.map((p) => p.text)].join('\n'),
      ),
      outputTokens: approximateTokens(text),
      finishReason: text.length < composed.text.length ? 'length' : 'stop',
      confidence: selected.length === 0 ? NO_ANSWER_CONFIDENCE : this.confidenceFor(best),
    };
  }

  private confidenceFor(overlap: number): number {
    const { minOverlap } = this.settings;
    const share = minOverlap >= 1 ? 1 : (overlap - minOverlap) / (1 - minOverlap);
    const confidence = MIN_CONFIDENCE + (MAX_CONFIDENCE - MIN_CONFIDENCE) * Math.min(1, Math.max(0, share));
    return Math.round(confidence * 100) / 100;
  }

  private async stream(text: string, onChunk: ChunkSink, signal: AbortSignal | undefined): Promise<void> {
    const { chunkDelayMs, wordsPerChunk } = this.settings;
    const chunks = streamChunks(text, wordsPerChunk);
    for (const [index, chunk] of chunks.entries()) {
      if (index > 0 && this.delay) await this.delay(chunkDelayMs);
      // Checked before every chunk so an abort (timeout, shutdown) stops the stream promptly.
      if (signal?.aborted) {
        // Retriable: an abort says nothing about the request itself, a later attempt may finish.
        throw new AppError('GENERATION.ABORTED', 'Local answer generation was aborted', { retriable: true });
      }
      await onChunk(chunk);
    }
  }
}
