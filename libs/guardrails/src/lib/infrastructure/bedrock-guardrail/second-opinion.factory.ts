import type { Metrics, ServiceRuntime } from '@sagewire/service-kit';
import { SecondOpinionWithFailurePolicy } from '../../application/second-opinion/second-opinion-failure-policy';
import { SecondOpinionStage } from '../../application/second-opinion/second-opinion.stage';
import type { GuardrailsConfig } from '../../guardrails.config';
import { createBedrockGuardrailClient } from './bedrock-guardrail-client';
import { BedrockGuardrailSecondOpinion } from './bedrock-guardrail.adapter';

/**
 * The second-opinion stage as configured: a Bedrock guardrail (ApplyGuardrail through the AWS
 * SDK) under the failure policy, or none. A fail-open review is logged and counted: the
 * contracts have no field for "reviewed by the local screens only".
 */
export function secondOpinionStage(config: GuardrailsConfig, runtime: ServiceRuntime, metrics: Metrics): SecondOpinionStage {
  const id = config.GUARDRAILS_BEDROCK_GUARDRAIL_ID;
  const version = config.GUARDRAILS_BEDROCK_GUARDRAIL_VERSION;
  const failures = metrics.counter('sagewire_guardrail_second_opinion_failures_total', 'Second-opinion reviews that could not be had (the failure policy let the text through), by stage and code', ['service', 'stage', 'code']);
  const observe = (stage: string, failure: { code: string; message: string }): void => {
    failures.inc({ service: runtime.service, stage, code: failure.code });
    runtime.logger.warn('second opinion unavailable: local screens only', { stage, errorCode: failure.code, error: failure.message });
  };
  if (id === undefined || version === undefined) return new SecondOpinionStage(undefined, observe);
  const client = createBedrockGuardrailClient({ region: config.BEDROCK_REGION, ...(config.BEDROCK_ENDPOINT ? { endpoint: config.BEDROCK_ENDPOINT } : {}) });
  const reviewer = new BedrockGuardrailSecondOpinion({ client, guardrailIdentifier: id, guardrailVersion: version, timeoutMs: config.GUARDRAILS_SECOND_OPINION_TIMEOUT_MS });
  return new SecondOpinionStage(new SecondOpinionWithFailurePolicy(reviewer, config.GUARDRAILS_SECOND_OPINION_ON_FAILURE), observe);
}
