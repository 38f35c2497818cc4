import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_QUERY_SAGA_CONFIG, type QuerySagaConfig } from './domain/query-saga/query-saga.config';

export const DEFAULT_DEADLINE_POLL_INTERVAL_MS = 500;

const schema = z.object({
  /** The fallback chain, first model first, e.g. `anthropic.claude-sonnet,anthropic.claude-haiku`. */
  ORCHESTRATOR_MODELS: z.string().min(1).optional(),
  ORCHESTRATOR_TICKET_SYSTEM: z.enum(['internal', 'zendesk']).optional(),
  ORCHESTRATOR_ANSWER_WITHOUT_KNOWLEDGE: z.enum(['true', 'false']).optional(),
  ORCHESTRATOR_DEADLINE_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(DEFAULT_DEADLINE_POLL_INTERVAL_MS),
});

export interface OrchestratorConfig {
  readonly saga: QuerySagaConfig;
  readonly deadlinePollMs: number;
}

/** The saga's policy from the environment; every variable is optional. */
export function orchestratorConfig(env: Readonly<Record<string, string | undefined>>): OrchestratorConfig {
  const parsed = parseConfig(schema, env);
  return {
    deadlinePollMs: parsed.ORCHESTRATOR_DEADLINE_POLL_MS,
    saga: {
      ...DEFAULT_QUERY_SAGA_CONFIG,
      ...(parsed.ORCHESTRATOR_MODELS ? { models: parsed.ORCHESTRATOR_MODELS.split(',').map((m) => m.trim()).filter(Boolean) } : {}),
      ...(parsed.ORCHESTRATOR_TICKET_SYSTEM ? { ticketSystem: parsed.ORCHESTRATOR_TICKET_SYSTEM } : {}),
      ...(parsed.ORCHESTRATOR_ANSWER_WITHOUT_KNOWLEDGE ? { answerWithoutKnowledge: parsed.ORCHESTRATOR_ANSWER_WITHOUT_KNOWLEDGE === 'true' } : {}),
    },
  };
}
