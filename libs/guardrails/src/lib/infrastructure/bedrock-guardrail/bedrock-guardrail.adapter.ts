import { ApplyGuardrailCommand, type ApplyGuardrailResponse, type BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { ReviewedSource, SecondOpinion, SecondOpinionVerdict } from '../../domain/second-opinion/second-opinion.port';
import { verdictFromApplyGuardrail } from './apply-guardrail.mapper';
import { mapBedrockGuardrailError } from './bedrock-guardrail-errors';

/** Per review, SDK retries included: well inside the saga's screening deadline. */
export const DEFAULT_GUARDRAIL_REVIEW_TIMEOUT_MS = 3_000;

export interface BedrockGuardrailSecondOpinionOptions {
  /** Built by `createBedrockGuardrailClient`, one per region. */
  readonly client: BedrockRuntimeClient;
  /** The guardrail's id or ARN. */
  readonly guardrailIdentifier: string;
  /** A published version (`1`, `2`, ...) in production; `DRAFT` follows every console edit. */
  readonly guardrailVersion: string;
  /** Bounds the whole review, SDK retries included. */
  readonly timeoutMs: number;
}

/**
 * A second opinion from an Amazon Bedrock guardrail through `ApplyGuardrail`, which screens
 * text without invoking a model. Failures become `GUARDRAILS.SECOND_OPINION_*` AppErrors
 * (a review that outlives `timeoutMs` is unavailable); an abort by the caller's signal
 * rejects with the signal's own reason. Whether a failure blocks is not decided here.
 */
export class BedrockGuardrailSecondOpinion implements SecondOpinion {
  constructor(private readonly options: BedrockGuardrailSecondOpinionOptions) {}

  async review(text: string, source: ReviewedSource, signal?: AbortSignal): Promise<SecondOpinionVerdict> {
    signal?.throwIfAborted();
    // Bedrock refuses an empty text block; there is nothing in it to object to anyway.
    if (text.trim() === '') return { intervened: false, findings: [] };
    const { client, guardrailIdentifier, guardrailVersion, timeoutMs } = this.options;
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: ApplyGuardrailResponse;
    try {
      response = await client.send(
        new ApplyGuardrailCommand({ guardrailIdentifier, guardrailVersion, source: source === 'input' ? 'INPUT' : 'OUTPUT', content: [{ text: { text } }] }),
        { abortSignal: signal === undefined ? timeout : AbortSignal.any([timeout, signal]) },
      );
    } catch (error) {
      if (signal?.aborted === true) throw signal.reason;
      throw mapBedrockGuardrailError(error, { guardrailIdentifier, guardrailVersion, timedOut: timeout.aborted });
    }
    return verdictFromApplyGuardrail(text, response);
  }
}
