import type { Metrics, ServiceRuntime } from '@sagewire/service-kit';
import type { ResilienceEvents } from '../../application/answer/model-resilience';

/** Retries and breaker changes as log lines and Prometheus counters. */
export function resilienceEvents(runtime: ServiceRuntime, metrics: Metrics): ResilienceEvents {
  const retries = metrics.counter('sagewire_model_retries_total', 'Model calls retried after a retriable failure, by model and error code', ['service', 'model', 'code']);
  const breaker = metrics.counter('sagewire_model_circuit_transitions_total', 'Circuit-breaker state changes of a model, by the state entered', ['service', 'model', 'state']);
  return {
    retrying(model, code, delayMs, attempt) {
      retries.inc({ service: runtime.service, model, code });
      runtime.logger.info('model call retried', { model, errorCode: code, delayMs, attempt });
    },
    breakerChanged(model, state) {
      breaker.inc({ service: runtime.service, model, state });
      runtime.logger.warn('model circuit breaker changed state', { model, state });
    },
  };
}
