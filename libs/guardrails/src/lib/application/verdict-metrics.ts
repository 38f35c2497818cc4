import { Injectable } from '@nestjs/common';
import { Metrics } from '@sagewire/service-kit';
import type { Counter } from 'prom-client';

/** Where a verdict was given: a question, the retrieved passages, a whole answer, or one streamed sentence. */
export type ScreeningStage = 'input' | 'passages' | 'output' | 'output_sentence';

/** `sagewire_guardrail_verdicts_total{stage,verdict}`: how often each stage allows, redacts or blocks. */
@Injectable()
export class VerdictMetrics {
  private readonly verdicts: Counter;

  constructor(metrics: Metrics) {
    this.verdicts = metrics.counter('sagewire_guardrail_verdicts_total', 'Guardrail verdicts, by stage and verdict', ['service', 'stage', 'verdict']);
  }

  count(stage: ScreeningStage, verdict: string): void {
    this.verdicts.inc({ service: 'guardrails', stage, verdict });
  }
}
