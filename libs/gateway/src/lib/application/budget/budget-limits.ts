import type { BudgetLimits } from '../../domain/budget/budget-policy';
import type { GatewayConfig } from '../../gateway.config';

export function budgetLimits(config: GatewayConfig): BudgetLimits {
  return { tenantDailyTokens: config.GATEWAY_TENANT_DAILY_TOKENS, userDailyTokens: config.GATEWAY_USER_DAILY_TOKENS };
}
