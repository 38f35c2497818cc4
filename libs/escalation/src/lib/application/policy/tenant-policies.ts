import type { EscalationPolicy } from '../../domain/rules/evaluate-escalation';

/** ESCALATION_TENANT_POLICIES: every field optional, merged over the environment's thresholds. */
export interface TenantPolicyOverrides {
  readonly default?: Partial<EscalationPolicy>;
  readonly tenants?: Readonly<Record<string, Partial<EscalationPolicy>>>;
}

/**
 * Every tenant's escalation policy: the thresholds from the environment with the `default`
 * block of ESCALATION_TENANT_POLICIES over them, then the tenant's own block. Resolved once,
 * at start; a tenant the configuration does not name gets the default.
 */
export class TenantEscalationPolicies {
  private readonly base: EscalationPolicy;
  private readonly named: ReadonlyMap<string, EscalationPolicy>;

  constructor(fromEnv: EscalationPolicy, overrides: TenantPolicyOverrides = {}) {
    this.base = merge(fromEnv, overrides.default);
    this.named = new Map(Object.entries(overrides.tenants ?? {}).map(([tenantId, override]) => [tenantId, merge(this.base, override)]));
  }

  of(tenantId: string): EscalationPolicy {
    return this.named.get(tenantId) ?? this.base;
  }
}

function merge(policy: EscalationPolicy, override: Partial<EscalationPolicy> | undefined): EscalationPolicy {
  if (override === undefined) return policy;
  const given = Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined));
  return { ...policy, ...given };
}
