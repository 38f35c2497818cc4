import { DEFAULT_PII_POLICY } from '../../domain/pii/pii-policy';
import { screenInput } from '../../domain/screen-input';
import { screenOutputText } from '../../domain/screen-output';
import { guardrailsConfigFrom } from '../../guardrails.config';
import { GuardrailPolicies } from './guardrail-policies';

const policiesWith = (env: Record<string, string>) => new GuardrailPolicies(guardrailsConfigFrom(env));

const TENANT_POLICIES = JSON.stringify({
  default: { version: '2025-06', deniedTopics: { enable: ['politics'] } },
  tenants: {
    acme: {
      version: 'acme-3',
      pii: { EMAIL: 'none', CREDIT_CARD: 'redact' },
      deniedTopics: {
        enable: ['legal-advice'],
        custom: [{ name: 'competitor-acme', description: 'Comparisons with Globex', terms: { en: ['globex'] }, phrases: { en: ['globex'] }, examples: { en: ['Is Globex cheaper than you?'] } }],
      },
      wordFilters: [{ name: 'insults', words: ['stupid company', 'worst service ever'], action: 'block' }],
      profanity: 'block',
      minGrounding: 0.5,
      blockPromptAttacks: false,
    },
  },
});

describe('GuardrailPolicies', () => {
  it('gives every tenant the environment\'s defaults when nothing is configured', () => {
    const policy = policiesWith({}).of('anyone');
    expect(policy.version).toBe('default-v1');
    expect(policy.input.pii).toEqual(DEFAULT_PII_POLICY);
    expect(screenInput('Is it legal to sue my landlord?', policy.input).verdict).toBe('allow');
    expect(screenInput('This shit order', policy.input).verdict).toBe('allow');
    expect(screenOutputText('This shit order', [], policy.output).screenedText).toBe('This *** order');
  });

  it('takes defaults from the environment', () => {
    const policy = policiesWith({ GUARDRAILS_DENIED_TOPICS: 'legal-advice', GUARDRAILS_PROFANITY_INPUT: 'block', GUARDRAILS_MIN_GROUNDING: '0.4', GUARDRAILS_POLICY_VERSION: 'env-7' }).of('anyone');
    expect(policy.version).toBe('env-7');
    expect(policy.output.minGrounding).toBe(0.4);
    expect(screenInput('Is it legal to sue my landlord?', policy.input).verdict).toBe('block');
    expect(screenInput('This shit order', policy.input).verdict).toBe('block');
  });

  it('puts the default block over the environment and a tenant\'s block over both, and names both versions', () => {
    const policies = policiesWith({ GUARDRAILS_TENANT_POLICIES: TENANT_POLICIES });
    const other = policies.of('globex');
    expect(other.version).toBe('2025-06');
    expect(screenInput('Who should I vote for?', other.input).verdict).toBe('block');

    const acme = policies.of('acme');
    expect(acme.version).toBe('2025-06/acme-3');
    expect(acme.input.pii).toEqual({ ...DEFAULT_PII_POLICY, EMAIL: 'none', CREDIT_CARD: 'redact' });
    expect(acme.input.blockPromptAttacks).toBe(false);
    expect(acme.output.minGrounding).toBe(0.5);
    // Lists replace: acme's topics are its own, politics is not among them.
    expect(acme.input.topics.names).toEqual(['legal-advice', 'competitor-acme']);
    expect(screenInput('Who should I vote for?', acme.input).verdict).toBe('allow');
    expect(screenInput('Is Globex cheaper?', acme.input).findings).toEqual([expect.objectContaining({ type: 'denied_topic', label: 'competitor-acme', action: 'block' })]);
    expect(screenInput('The worst service ever', acme.input).findings).toEqual([expect.objectContaining({ type: 'word_filter', label: 'insults', action: 'block' })]);
    expect(screenOutputText('what the f*ck', [], acme.output).verdict).toBe('block');
  });

  it('compiles a tenant\'s policy once', () => {
    const policies = policiesWith({ GUARDRAILS_TENANT_POLICIES: TENANT_POLICIES });
    expect(policies.of('acme')).toBe(policies.of('acme'));
    expect(policies.of('a')).toBe(policies.of('b'));
  });

  it('sets profanity per stage', () => {
    const policies = policiesWith({ GUARDRAILS_TENANT_POLICIES: JSON.stringify({ tenants: { t: { version: 'v', profanity: { output: 'off' } } } }) });
    const policy = policies.of('t');
    expect(screenInput('This shit order', policy.input).findings).toHaveLength(1);
    expect(screenOutputText('This shit order', [], policy.output).verdict).toBe('pass');
  });
});
