import type { GuardrailFinding } from '../finding';

/** Which text is reviewed: the customer's question or the assistant's answer. */
export type ReviewedSource = 'input' | 'output';

/** Why a review could not be had, recorded when the failure policy let the text through. */
export interface SecondOpinionFailure {
  readonly code: string;
  readonly retriable: boolean;
  readonly message: string;
}

/** What a second opinion said about one text. */
export interface SecondOpinionVerdict {
  /** The reviewer acted on the text. Decide with `strongestAction(findings)`: an intervention by a policy no finding maps stays `intervened` with no finding. */
  readonly intervened: boolean;
  /**
   * What the reviewer found, as the local detectors report it (type, action `redact` or
   * `block`, label). Personal-data findings carry the span when the reviewer named its match;
   * no finding carries matched text.
   */
  readonly findings: readonly GuardrailFinding[];
  /** The text as the reviewer masked it; only when it masked and did not block. */
  readonly outputText?: string;
  /** Set (with no findings) when no review could be had and the failure policy allowed the text unreviewed. */
  readonly failure?: SecondOpinionFailure;
}

/**
 * A second, independent screen of a text, consulted besides the local detectors (e.g. an
 * Amazon Bedrock guardrail). Failures throw AppErrors coded `GUARDRAILS.SECOND_OPINION_*`
 * (see `second-opinion-errors.ts`); an abort by `signal` rejects with the signal's reason.
 */
export interface SecondOpinion {
  review(text: string, source: ReviewedSource, signal?: AbortSignal): Promise<SecondOpinionVerdict>;
}
