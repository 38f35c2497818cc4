import type { DataSource } from 'typeorm';
import type { TokenUsage } from '../../domain/chat/chat-model.port';
import { generationError, GENERATION_ERROR } from '../../domain/chat/generation-errors';
import { tenantSpendOn } from '../../infrastructure/postgres/model-calls.repository';
import type { BudgetGuard } from '../answer/llm-answerer';
import type { TenantPolicies } from '../policy/tenant-policies';
import type { ModelPricing } from './model-pricing';

/**
 * The budget check before each model call: today's spend plus what this call could cost at
 * most (its prompt and `maxOutputTokens`) must stay within the tenant's daily budget. Refused
 * calls fail not-retriable, so the saga tries the next (usually cheaper) model of its chain.
 * Spend is read per call, not held: two concurrent calls may both pass near the limit, which
 * overshoots by at most one call's cost.
 */
export class DailyBudgetGuard implements BudgetGuard {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: TenantPolicies,
    private readonly pricing: ModelPricing,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async beforeCall(tenantId: string, model: string, estimate: TokenUsage): Promise<void> {
    const budget = this.policies.of(tenantId).dailyBudgetUsd;
    if (budget === undefined) return;
    const worstCase = this.pricing.cost(model, estimate).costUsd;
    const spent = (await tenantSpendOn(this.dataSource, tenantId, this.now().toISOString().slice(0, 10))).costUsd;
    if (spent + worstCase > budget) {
      throw generationError(
        GENERATION_ERROR.BUDGET_EXCEEDED,
        `the tenant's daily model budget of $${budget} would be exceeded by ${model} (spent $${spent.toFixed(4)}, this call up to $${worstCase.toFixed(4)})`,
        { model, budgetUsd: budget, spentUsd: spent },
      );
    }
  }
}
