import { compilePolicy, type GuardrailPolicy, type PolicySettings } from '../../domain/policy/guardrail-policy';
import { DEFAULT_PII_POLICY } from '../../domain/pii/pii-policy';
import type { GuardrailsConfig } from '../../guardrails.config';
import type { PolicyOverride } from '../../tenant-policies.schema';

/**
 * Every tenant's guardrail policy: the defaults (environment), the `default` block of
 * GUARDRAILS_TENANT_POLICIES over them, then the tenant's own block. Each policy is compiled
 * once (topic and word matchers) and kept; configured tenants are compiled at start, so a
 * broken policy stops the process rather than the first question.
 *
 * The version names every block that shaped the policy ("2025-06/acme-3"): editing the
 * default block changes every tenant's rules, and their recorded version says so.
 */
export class GuardrailPolicies {
  private readonly base: PolicySettings;
  private readonly defaultPolicy: GuardrailPolicy;
  private readonly resolved = new Map<string, GuardrailPolicy>();

  constructor(private readonly config: GuardrailsConfig) {
    const fromEnv: PolicySettings = {
      version: config.GUARDRAILS_POLICY_VERSION,
      pii: DEFAULT_PII_POLICY,
      blockPromptAttacks: config.GUARDRAILS_BLOCK_PROMPT_ATTACKS,
      deniedTopics: { enable: config.GUARDRAILS_DENIED_TOPICS, custom: [] },
      wordFilters: [],
      profanity: { input: config.GUARDRAILS_PROFANITY_INPUT, output: config.GUARDRAILS_PROFANITY_OUTPUT },
      minGrounding: config.GUARDRAILS_MIN_GROUNDING,
      sentenceGrounding: config.GUARDRAILS_SENTENCE_GROUNDING,
    };
    const defaults = config.GUARDRAILS_TENANT_POLICIES?.default;
    this.base = defaults ? merge(fromEnv, defaults, defaults.version) : fromEnv;
    this.defaultPolicy = compilePolicy(this.base);
    for (const tenantId of Object.keys(config.GUARDRAILS_TENANT_POLICIES?.tenants ?? {})) this.of(tenantId);
  }

  /** The policy of `tenantId` (the envelope's `tenantid`); tenants without a block share the default one. */
  of(tenantId: string): GuardrailPolicy {
    const override = this.config.GUARDRAILS_TENANT_POLICIES?.tenants?.[tenantId];
    if (override === undefined) return this.defaultPolicy;
    let policy = this.resolved.get(tenantId);
    if (policy === undefined) {
      policy = compilePolicy(merge(this.base, override, `${this.base.version}/${override.version}`));
      this.resolved.set(tenantId, policy);
    }
    return policy;
  }
}

/** Objects merge field by field, lists (topics, filters) replace: a tenant's list is the whole list. */
function merge(settings: PolicySettings, override: PolicyOverride, version: string): PolicySettings {
  const profanity = typeof override.profanity === 'string' ? { input: override.profanity, output: override.profanity } : override.profanity;
  return {
    version,
    pii: { ...settings.pii, ...override.pii },
    blockPromptAttacks: override.blockPromptAttacks ?? settings.blockPromptAttacks,
    deniedTopics: {
      enable: override.deniedTopics?.enable ?? settings.deniedTopics.enable,
      custom: override.deniedTopics?.custom ?? settings.deniedTopics.custom,
    },
    wordFilters: override.wordFilters ?? settings.wordFilters,
    profanity: { ...settings.profanity, ...profanity },
    minGrounding: override.minGrounding ?? settings.minGrounding,
    sentenceGrounding: override.sentenceGrounding ?? settings.sentenceGrounding,
  };
}
