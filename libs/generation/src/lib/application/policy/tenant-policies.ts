import { DEFAULT_PROMPT_POLICY } from '../../domain/prompt/prompt-policy';
import type { TenantPolicy } from '../../domain/policy/tenant-policy';
import type { GenerationConfig, PolicyOverride } from '../../generation.config';

/** Sampling temperature for support answers: low, since they must stay close to the sources. */
export const DEFAULT_TEMPERATURE = 0.2;

/**
 * Every tenant's generation policy: the defaults (environment) with the `default` block of
 * GENERATION_TENANT_POLICIES over them, then the tenant's own block. Resolved once per tenant.
 */
export class TenantPolicies {
  private readonly base: TenantPolicy;
  private readonly resolved = new Map<string, TenantPolicy>();

  constructor(private readonly config: Pick<GenerationConfig, 'GENERATION_MODEL_SIMPLE' | 'GENERATION_MODEL_COMPLEX' | 'GENERATION_MODEL_FALLBACKS' | 'GENERATION_CLASSIFIER_MODEL' | 'GENERATION_DAILY_BUDGET_USD' | 'GENERATION_TENANT_POLICIES'>) {
    const fromEnv: TenantPolicy = {
      models: {
        simple: config.GENERATION_MODEL_SIMPLE,
        complex: config.GENERATION_MODEL_COMPLEX,
        ...(config.GENERATION_MODEL_FALLBACKS ? { fallbacks: config.GENERATION_MODEL_FALLBACKS } : {}),
        ...(config.GENERATION_CLASSIFIER_MODEL ? { classifier: config.GENERATION_CLASSIFIER_MODEL } : {}),
      },
      ...(config.GENERATION_DAILY_BUDGET_USD === undefined ? {} : { dailyBudgetUsd: config.GENERATION_DAILY_BUDGET_USD }),
      prompt: DEFAULT_PROMPT_POLICY,
      temperature: DEFAULT_TEMPERATURE,
    };
    this.base = merge(fromEnv, config.GENERATION_TENANT_POLICIES?.default);
  }

  of(tenantId: string): TenantPolicy {
    let policy = this.resolved.get(tenantId);
    if (policy === undefined) {
      policy = merge(this.base, this.config.GENERATION_TENANT_POLICIES?.tenants?.[tenantId]);
      this.resolved.set(tenantId, policy);
    }
    return policy;
  }

  /** Every model some policy names, to check prices and providers at start-up. */
  models(): string[] {
    const policies = [this.base, ...Object.keys(this.config.GENERATION_TENANT_POLICIES?.tenants ?? {}).map((id) => this.of(id))];
    return [...new Set(policies.flatMap((p) => [p.models.simple, p.models.complex, ...(p.models.fallbacks ?? []), ...(p.models.classifier ? [p.models.classifier] : [])]))];
  }
}

function merge(policy: TenantPolicy, override: PolicyOverride | undefined): TenantPolicy {
  if (override === undefined) return policy;
  const fallbacks = override.models?.fallbacks ?? policy.models.fallbacks;
  const classifier = override.models?.classifier ?? policy.models.classifier;
  const dailyBudgetUsd = override.dailyBudgetUsd ?? policy.dailyBudgetUsd;
  return {
    models: {
      simple: override.models?.simple ?? policy.models.simple,
      complex: override.models?.complex ?? policy.models.complex,
      ...(fallbacks === undefined ? {} : { fallbacks }),
      ...(classifier === undefined ? {} : { classifier }),
    },
    ...(dailyBudgetUsd === undefined ? {} : { dailyBudgetUsd }),
    prompt: { ...policy.prompt, ...override.prompt },
    temperature: override.temperature ?? policy.temperature,
  };
}
