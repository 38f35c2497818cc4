import { describeError } from '@sagewire/errors';
import type { ReviewedSource, SecondOpinion, SecondOpinionVerdict } from '../../domain/second-opinion/second-opinion.port';

/**
 * What a failed review means. `allow` (fail open): the text goes on with the local verdict
 * alone, and the verdict records the failure. `block` (fail closed): the error propagates, so
 * the consumer retries the screening (retriable codes) and dead-letters it in the end; nothing
 * passes unreviewed.
 */
export const SECOND_OPINION_FAILURE_POLICIES = ['allow', 'block'] as const;
export type SecondOpinionFailurePolicy = (typeof SECOND_OPINION_FAILURE_POLICIES)[number];

/** A second opinion with the failure policy applied; the only place that decides fail-open. */
export class SecondOpinionWithFailurePolicy implements SecondOpinion {
  constructor(
    private readonly reviewer: SecondOpinion,
    private readonly onFailure: SecondOpinionFailurePolicy,
  ) {}

  async review(text: string, source: ReviewedSource, signal?: AbortSignal): Promise<SecondOpinionVerdict> {
    try {
      return await this.reviewer.review(text, source, signal);
    } catch (error) {
      // A caller that gave up wants no verdict, least of all an invented allow.
      if (this.onFailure === 'block' || signal?.aborted === true) throw error;
      const { code, retriable, message } = describeError(error);
      return { intervened: false, findings: [], failure: { code, retriable, message } };
    }
  }
}
