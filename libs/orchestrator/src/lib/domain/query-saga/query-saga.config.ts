import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import type { WaitStep } from './query-steps';

/** Tunables of the query saga; read once at the composition root and passed in with each input. */
export interface QuerySagaConfig {
  /** Tokens held before any model runs; what the models really used is committed at the end. */
  readonly estimatedTokens: number;
  /** Passages asked of retrieval (the contract caps it at 100). */
  readonly topK: number;
  /** Documents must carry one of these tags to be retrieved; empty means no tag filter. */
  readonly aclTags: readonly string[];
  /** Fallback chain, tried in order after the model the router picked (never one model twice). */
  readonly models: readonly string[];
  readonly maxOutputTokens: number;
  /** Calls of one model (first try included) before moving to the next one in the chain. */
  readonly maxAttemptsPerModel: number;
  /** Sends of one command (first send included) for steps without a retry policy of their own. */
  readonly maxStepAttempts: number;
  /** Tries to open a ticket in one system before falling back to the internal agent queue. */
  readonly maxTicketAttempts: number;
  /** When retrieval fails for good: answer from the model alone (true) or escalate (false). */
  readonly answerWithoutKnowledge: boolean;
  readonly ticketSystem: CreateTicketV1['system'];
  /** Answer language when neither the client, the guardrails nor the router named one. */
  readonly defaultLanguage: string;
  /** How long each waiting step waits for its reply before the command is sent again. */
  readonly deadlinesMs: Readonly<Record<WaitStep, number>>;
}

/** What every reaction of the saga is given besides its state and input: no clock reads inside. */
export interface QuerySagaContext {
  readonly now: Date;
  readonly config: QuerySagaConfig;
  /**
   * Earlier screened turns of the conversation, oldest first, already cut to the token budget
   * (see conversation-history.ts). The wiring reads them; the decider only passes them on.
   */
  readonly history?: readonly ConversationTurn[];
}

/** One earlier turn, as `InvokeModel.history` carries it. */
export interface ConversationTurn {
  readonly role: 'customer' | 'assistant';
  readonly text: string;
}

/** Defaults that let the embedded mode run with no configuration at all. */
export const DEFAULT_QUERY_SAGA_CONFIG: QuerySagaConfig = {
  estimatedTokens: 2000,
  topK: 5,
  aclTags: [],
  models: ['local-extractive'],
  maxOutputTokens: 1024,
  // The generation service retries a model itself (backoff, breaker); one saga send per model.
  maxAttemptsPerModel: 1,
  maxStepAttempts: 3,
  maxTicketAttempts: 3,
  answerWithoutKnowledge: false,
  ticketSystem: 'internal',
  defaultLanguage: 'en',
  deadlinesMs: {
    reserve_budget: 10_000,
    screen_input: 10_000,
    route: 10_000,
    retrieve: 15_000,
    screen_passages: 10_000,
    // Above generation's own worst case (3 attempts under a 45 s call timeout, plus backoff).
    generate: 150_000,
    screen_output: 15_000,
    decide_escalation: 10_000,
    // Above one Zendesk attempt's worst case (a lookup, then a create, each under a 10 s timeout).
    escalate: 30_000,
  },
};
