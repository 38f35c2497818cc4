import type { PromptPolicy } from '../prompt/prompt-policy';
import type { Complexity } from '../routing/route-query';

/** Which model answers which kind of question, and what to fall back on (SPEC GN-01, GN-09). */
export interface ModelRoute {
  /** FAQ, order status, yes/no: a cheap, fast model (e.g. Claude Haiku). */
  readonly simple: string;
  /** Complaints, technical, policy questions: a stronger model (e.g. Claude Sonnet). */
  readonly complex: string;
  /** Tried in order when the chosen model fails; absent leaves the orchestrator's default chain. */
  readonly fallbacks?: readonly string[];
  /** A cheap model that classifies the questions the rules do not escalate (SPEC GN-02); rules only when absent. */
  readonly classifier?: string;
}

/** A tenant's generation policy; every tenant without its own gets the default one. */
export interface TenantPolicy {
  readonly models: ModelRoute;
  /** Model spend allowed per UTC day; absent means no limit. */
  readonly dailyBudgetUsd?: number;
  readonly prompt: PromptPolicy;
  readonly temperature: number;
}

/** The models for one question: the first answers, the rest are its fallback chain. */
export interface ModelChoice {
  readonly model: string;
  readonly fallbacks?: readonly string[];
  /** Why the cheaper model was forced, when it was. */
  readonly downgradedFor?: 'budget_low' | 'budget_critical';
}

/** SPEC GN-08: under 30 % of the day's budget left, only complex questions get the strong model. */
export const BUDGET_LOW_SHARE = 0.3;
/** Under 10 % left, everything goes to the cheap model. */
export const BUDGET_CRITICAL_SHARE = 0.1;

/**
 * Picks the model for a routed question within the tenant's policy, budget-aware (GN-08).
 * An unclassified (`escalate` never reaches generation) question counts as complex (GN-03).
 */
export function chooseModels(policy: TenantPolicy, complexity: Complexity, spentTodayUsd: number): ModelChoice {
  const { simple, complex, fallbacks } = policy.models;
  const remainingShare = policy.dailyBudgetUsd === undefined || policy.dailyBudgetUsd <= 0 ? 1 : Math.max(0, 1 - spentTodayUsd / policy.dailyBudgetUsd);
  const wanted = complexity === 'simple' ? simple : complex;
  const downgradedFor = remainingShare < BUDGET_CRITICAL_SHARE ? 'budget_critical' : remainingShare < BUDGET_LOW_SHARE && complexity !== 'complex' ? 'budget_low' : undefined;
  const model = downgradedFor === undefined ? wanted : simple;
  return {
    model,
    ...(fallbacks === undefined ? {} : { fallbacks: fallbacks.filter((m) => m !== model) }),
    ...(downgradedFor !== undefined && model !== wanted ? { downgradedFor } : {}),
  };
}
