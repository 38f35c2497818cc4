import type { InputScreening } from '../../domain/screen-input';
import type { OutputScreening } from '../../domain/screen-output';
import { mergeSecondOpinion } from '../../domain/second-opinion/merge-second-opinion';
import type { ReviewedSource, SecondOpinion, SecondOpinionFailure } from '../../domain/second-opinion/second-opinion.port';

/** Injection token of the optional second opinion (absent when no Bedrock guardrail is configured). */
export const SECOND_OPINION = Symbol('second-opinion');

/** Told when a review could not be had and the failure policy let the text through. */
export type ReviewFailureObserver = (source: ReviewedSource, failure: SecondOpinionFailure) => void;

/**
 * Consults the second opinion after the local screens, only when they did not block (a local
 * block is final: asking again would cost money and time for nothing). It reviews the text
 * as the local screens let it on, so it never sees what was masked here.
 */
export class SecondOpinionStage {
  constructor(
    private readonly reviewer: SecondOpinion | undefined,
    private readonly failed: ReviewFailureObserver,
  ) {}

  async input(screening: InputScreening): Promise<InputScreening> {
    if (this.reviewer === undefined || screening.verdict === 'block') return screening;
    const opinion = await this.reviewer.review(screening.redactedText, 'input');
    if (opinion.failure) this.failed('input', opinion.failure);
    const merged = mergeSecondOpinion({ findings: screening.findings, text: screening.redactedText }, opinion);
    return { verdict: merged.action === 'none' ? 'allow' : merged.action, findings: merged.findings, redactedText: merged.text };
  }

  async output(screening: OutputScreening): Promise<OutputScreening> {
    if (this.reviewer === undefined || screening.verdict === 'block') return screening;
    const opinion = await this.reviewer.review(screening.screenedText, 'output');
    if (opinion.failure) this.failed('output', opinion.failure);
    const merged = mergeSecondOpinion({ findings: screening.findings, text: screening.screenedText }, opinion);
    return {
      verdict: merged.action === 'none' ? 'pass' : merged.action,
      findings: merged.findings,
      screenedText: merged.action === 'block' ? '' : merged.text,
      groundingScore: screening.groundingScore,
    };
  }
}
