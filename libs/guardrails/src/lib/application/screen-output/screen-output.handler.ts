import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { guardrailsAppliedV1 } from '@sagewire/contracts/query/guardrails-applied.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import type { ScreenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { strongestAction } from '../../domain/finding';
import { screenOutputText } from '../../domain/screen-output';
import { elapsedMs } from '../elapsed-ms';
import { GuardrailPolicies } from '../policy/guardrail-policies';
import { SecondOpinionStage } from '../second-opinion/second-opinion.stage';
import { VerdictMetrics } from '../verdict-metrics';

/**
 * Screens generated text against the passages it may rely on: the saga sends the whole answer
 * (no `sentenceIndex`) once generation is done, and decides on its verdict. A command that
 * names a sentence gets its index echoed, so a caller screening sentence by sentence can too.
 */
@Injectable()
export class ScreenOutputHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly policies: GuardrailPolicies,
    private readonly metrics: VerdictMetrics,
    private readonly secondOpinion: SecondOpinionStage,
  ) {}

  async handle(envelope: Envelope<ScreenOutputV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, conversationId, text, passages, sentenceIndex } = envelope.data;
    const policy = this.policies.of(envelope.tenantid);
    const started = performance.now();
    const screening = await this.secondOpinion.output(screenOutputText(text, passages, policy.output));
    const latencyMs = elapsedMs(started);
    const context = causedBy(envelope, this.runtime.source);
    const outcome = await this.runtime.handleOnce(envelope, delivery, (manager) =>
      this.runtime.publish(manager, [
        {
          contract: outputScreenedV1,
          context,
          data: { queryId, conversationId, ...screening, ...(sentenceIndex === undefined ? {} : { sentenceIndex }) },
        },
        {
          contract: guardrailsAppliedV1,
          context,
          data: { queryId, conversationId, stage: 'output', action: strongestAction(screening.findings), findings: screening.findings, policyVersion: policy.version, latencyMs },
        },
      ]),
    );
    if (!outcome.duplicate) this.metrics.count('output', screening.verdict);
  }
}
