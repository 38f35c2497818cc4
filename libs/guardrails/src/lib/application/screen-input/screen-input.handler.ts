import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { guardrailsAppliedV1 } from '@sagewire/contracts/query/guardrails-applied.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import type { ScreenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { strongestAction } from '../../domain/finding';
import { detectLanguage } from '../../domain/language/detect-language';
import { screenInput } from '../../domain/screen-input';
import { elapsedMs } from '../elapsed-ms';
import { GuardrailPolicies } from '../policy/guardrail-policies';
import { SecondOpinionStage } from '../second-opinion/second-opinion.stage';
import { VerdictMetrics } from '../verdict-metrics';

/**
 * Screens a customer's question before anything else reads it, and tells analytics what was
 * done (`GuardrailsApplied` carries findings, never text). Screening is pure and fast, so it
 * runs before the transaction that records the replies.
 */
@Injectable()
export class ScreenInputHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly policies: GuardrailPolicies,
    private readonly metrics: VerdictMetrics,
    private readonly secondOpinion: SecondOpinionStage,
  ) {}

  async handle(envelope: Envelope<ScreenInputV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, conversationId, text, language } = envelope.data;
    const policy = this.policies.of(envelope.tenantid);
    const started = performance.now();
    // The review is a network call: made before the transaction, never inside it.
    const screening = await this.secondOpinion.input(screenInput(text, policy.input));
    // Detection finds no evidence in short or mixed texts: the session's language stands then.
    const detectedLanguage = detectLanguage(text) ?? language;
    const latencyMs = elapsedMs(started);
    const context = causedBy(envelope, this.runtime.source);
    const outcome = await this.runtime.handleOnce(envelope, delivery, (manager) =>
      this.runtime.publish(manager, [
        {
          contract: inputScreenedV1,
          context,
          data: { queryId, conversationId, ...screening, latencyMs, ...(detectedLanguage === undefined ? {} : { detectedLanguage }) },
        },
        {
          contract: guardrailsAppliedV1,
          context,
          data: { queryId, conversationId, stage: 'input', action: strongestAction(screening.findings), findings: screening.findings, policyVersion: policy.version, latencyMs },
        },
      ]),
    );
    if (!outcome.duplicate) this.metrics.count('input', screening.verdict);
  }
}
