import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_HISTORY_TOKEN_BUDGET } from './domain/conversation/conversation-history';
import { DEFAULT_QUERY_SAGA_CONFIG, type QuerySagaConfig } from './domain/query-saga/query-saga.config';

export const DEFAULT_DEADLINE_POLL_INTERVAL_MS = 500;

const schema = z.object({
  /** The fallback chain, first model first, e.g. `anthropic.claude-sonnet,anthropic.claude-haiku`. */
  ORCHESTRATOR_MODELS: z.string().min(1).optional(),
  ORCHESTRATOR_TICKET_SYSTEM: z.enum(['internal', 'zendesk']).optional(),
  ORCHESTRATOR_ANSWER_WITHOUT_KNOWLEDGE: z.enum(['true', 'false']).optional(),
  /** Tokens of earlier turns passed to the model (first turn kept, then the latest). */
  ORCHESTRATOR_HISTORY_TOKEN_BUDGET: z.coerce.number().int().min(0).max(100_000).default(DEFAULT_HISTORY_TOKEN_BUDGET),
  ORCHESTRATOR_DEADLINE_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(DEFAULT_DEADLINE_POLL_INTERVAL_MS),
});

export interface OrchestratorConfig {
  readonly saga: QuerySagaConfig;
  readonly deadlinePollMs: number;
  readonly historyTokenBudget: number;
}

/** The saga's policy from the environment; every variable is optional. */
export function orchestratorConfig(env: Readonly<Record<string, string | undefined>>): OrchestratorConfig {
  const parsed = parseConfig(schema, env);
  return {
    deadlinePollMs: parsed.ORCHESTRATOR_DEADLINE_POLL_MS,
    historyTokenBudget: parsed.ORCHESTRATOR_HISTORY_TOKEN_BUDGET,
    saga: {
      ...DEFAULT_QUERY_SAGA_CONFIG,
      ...(parsed.ORCHESTRATOR_MODELS ? { models: parsed.ORCHESTRATOR_MODELS.split(',').map((m) => m.trim()).filter(Boolean) } : {}),
      ...(parsed.ORCHESTRATOR_TICKET_SYSTEM ? { ticketSystem: parsed.ORCHESTRATOR_TICKET_SYSTEM } : {}),
      ...(parsed.ORCHESTRATOR_ANSWER_WITHOUT_KNOWLEDGE ? { answerWithoutKnowledge: parsed.ORCHESTRATOR_ANSWER_WITHOUT_KNOWLEDGE === 'true' } : {}),
    },
  };
}
