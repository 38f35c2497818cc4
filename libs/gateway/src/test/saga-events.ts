import type { ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import type { OutputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import type { QueryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';

/** Replies other services would publish during a query saga, for tests that play their part. */
export interface QueryRef {
  readonly queryId: string;
  readonly conversationId: string;
}

export const citation = { documentId: 'doc-returns', documentVersion: 1, title: 'Returns policy', uri: 'https://example.com/returns' };

export const sentence = (ref: QueryRef, sentenceIndex: number, text: string): OutputScreenedV1 => ({
  ...ref, verdict: 'pass', groundingScore: 0.95, findings: [], sentenceIndex, screenedText: text,
});

export const modelInvoked = (ref: QueryRef): ModelInvokedV1 => ({
  ...ref, model: 'local-extractive', provider: 'local', inputTokens: 50, outputTokens: 12, costUsd: 0, latencyMs: 40,
  answerText: 'unscreened', citations: [citation], finishReason: 'stop', attempt: 1,
});

export const answered = (ref: QueryRef): QueryCompletedV1 => ({
  ...ref, outcome: 'answered', totals: { inputTokens: 50, outputTokens: 12, costUsd: 0.0001, latencyMs: 900, modelInvocations: 1 },
});
