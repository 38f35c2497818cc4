import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY_VERSION, guardrailsConfigFrom } from './guardrails.config';

/** The message of the configuration error, which names every offending field. */
function problem(env: Record<string, string>): string {
  try {
    guardrailsConfigFrom(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('guardrailsConfigFrom', () => {
  it('needs no variable at all', () => {
    expect(guardrailsConfigFrom({}).GUARDRAILS_TENANT_POLICIES).toBeUndefined();
    expect(guardrailsConfigFrom({})).toMatchObject({
      GUARDRAILS_BLOCK_PROMPT_ATTACKS: true,
      GUARDRAILS_DENIED_TOPICS: [],
      GUARDRAILS_PROFANITY_INPUT: 'flag',
      GUARDRAILS_PROFANITY_OUTPUT: 'redact',
      GUARDRAILS_POLICY_VERSION: DEFAULT_POLICY_VERSION,
    });
  });

  it('reads tenant policies inline or from a file given as @path', () => {
    const json = JSON.stringify({ tenants: { acme: { version: 'acme-1', deniedTopics: { enable: ['legal-advice'] } } } });
    const file = join(mkdtempSync(join(tmpdir(), 'guardrails-')), 'policies.json');
    writeFileSync(file, json);
    for (const value of [json, `@${file}`]) {
      expect(guardrailsConfigFrom({ GUARDRAILS_TENANT_POLICIES: value }).GUARDRAILS_TENANT_POLICIES?.tenants?.['acme']?.deniedTopics?.enable).toEqual(['legal-advice']);
    }
  });

  it.each([
    [{ tenants: { acme: { version: 'v1', deniedTopics: { enable: ['legal'] } } } }, 'tenants.acme.deniedTopics.enable.0: unknown topic "legal"'],
    [{ tenants: { acme: { deniedTopics: { enable: [] } } } }, 'tenants.acme.version'],
    [{ tenants: { acme: { version: 'v1', pii: { EMAIL: 'mask' } } } }, 'tenants.acme.pii.EMAIL'],
    [{ tenants: { acme: { version: 'v1', pii: { PASSPORT: 'block' } } } }, 'tenants.acme.pii'],
    [{ default: { version: 'v1', minGrounding: 2 } }, 'default.minGrounding'],
    [{ tenants: { acme: { version: 'v1', wordFilters: [{ name: 'PROFANITY', words: ['x'] }] } } }, 'tenants.acme.wordFilters.0.name'],
    [{ tenants: { acme: { version: 'v1', deniedTopics: { custom: [{ name: 'legal-advice', description: 'd', examples: { en: ['x'] } }] } } } }, 'tenants.acme.deniedTopics.custom.0.name'],
    [{ tenants: { acme: { version: 'v1', deniedTopics: { custom: [{ name: 'pets', description: 'd', examples: {} }] } } } }, 'tenants.acme.deniedTopics.custom.0.examples'],
    [{ tenants: { acme: { version: 'v1', profanity: 'mask' } } }, 'tenants.acme.profanity'],
  ])('refuses a bad policy at start, naming the variable and the field: %j', (policies, field) => {
    const message = problem({ GUARDRAILS_TENANT_POLICIES: JSON.stringify(policies) });
    expect(message).toContain('GUARDRAILS_TENANT_POLICIES');
    expect(message).toContain(field);
  });

  it('refuses unreadable JSON and unknown catalogue names in the environment', () => {
    expect(problem({ GUARDRAILS_TENANT_POLICIES: '{"tenants":' })).toContain('GUARDRAILS_TENANT_POLICIES: not readable JSON');
    expect(problem({ GUARDRAILS_TENANT_POLICIES: '@/nonexistent/policies.json' })).toContain('not readable JSON');
    expect(problem({ GUARDRAILS_DENIED_TOPICS: 'politics,gossip' })).toContain('GUARDRAILS_DENIED_TOPICS: unknown topic');
  });

  it('accepts zh-Hans for Chinese in custom topics', () => {
    const policies = { tenants: { acme: { version: 'v1', deniedTopics: { custom: [{ name: 'pets', description: 'd', examples: { 'zh-Hans': ['我的狗病了'] } }] } } } };
    const custom = guardrailsConfigFrom({ GUARDRAILS_TENANT_POLICIES: JSON.stringify(policies) }).GUARDRAILS_TENANT_POLICIES?.tenants?.['acme']?.deniedTopics?.custom;
    expect(custom?.[0]?.examples).toEqual({ zh: ['我的狗病了'] });
  });
});
