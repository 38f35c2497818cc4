import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escalationPoliciesFrom, zendeskConnectionFrom } from './escalation.config';

const SPEC_DEFAULTS = { minConfidence: 0.7, maxTurns: 5, refundLimit: 500, minSentiment: -0.7, premiumCustomerSensitive: true };

describe('escalationPoliciesFrom', () => {
  it('needs no variable: the spec thresholds, the premium rule on, for every tenant', () => {
    expect(escalationPoliciesFrom({}).of('tnt_any')).toEqual(SPEC_DEFAULTS);
  });

  it('reads each threshold and names a bad one', () => {
    expect(escalationPoliciesFrom({ ESCALATION_REFUND_LIMIT: '1000', ESCALATION_MIN_SENTIMENT: '-0.5' }).of('tnt_any')).toMatchObject({ refundLimit: 1000, minSentiment: -0.5 });
    expect(() => escalationPoliciesFrom({ ESCALATION_MIN_SENTIMENT: '-2' })).toThrow(/ESCALATION_MIN_SENTIMENT/);
  });

  describe('ESCALATION_TENANT_POLICIES', () => {
    const POLICIES = {
      default: { refundLimit: 300 },
      tenants: { tnt_strict: { minConfidence: 0.8 }, tnt_lenient: { minConfidence: 0.5, maxTurns: 10, premiumCustomerSensitive: false } },
    };

    it("merges the variables, then the default block, then the tenant's own block", () => {
      const policies = escalationPoliciesFrom({ ESCALATION_MAX_TURNS: '4', ESCALATION_TENANT_POLICIES: JSON.stringify(POLICIES) });
      expect(policies.of('tnt_strict')).toEqual({ ...SPEC_DEFAULTS, maxTurns: 4, refundLimit: 300, minConfidence: 0.8 });
      expect(policies.of('tnt_lenient')).toEqual({ ...SPEC_DEFAULTS, refundLimit: 300, minConfidence: 0.5, maxTurns: 10, premiumCustomerSensitive: false });
      expect(policies.of('tnt_unnamed')).toEqual({ ...SPEC_DEFAULTS, maxTurns: 4, refundLimit: 300 });
    });

    it('reads the JSON from a file given as @path', () => {
      const dir = mkdtempSync(join(tmpdir(), 'escalation-policies-'));
      try {
        const file = join(dir, 'policies.json');
        writeFileSync(file, JSON.stringify(POLICIES));
        expect(escalationPoliciesFrom({ ESCALATION_TENANT_POLICIES: `@${file}` }).of('tnt_strict').minConfidence).toBe(0.8);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('stops on text that is not JSON, naming the variable', () => {
      expect(() => escalationPoliciesFrom({ ESCALATION_TENANT_POLICIES: "{tenants: {tnt_a: {minConfidence: 0.5}}" })).toThrow(/ESCALATION_TENANT_POLICIES: not readable JSON/);
      expect(() => escalationPoliciesFrom({ ESCALATION_TENANT_POLICIES: '@/nonexistent/policies.json' })).toThrow(/ESCALATION_TENANT_POLICIES: not readable JSON .*ENOENT/);
    });

    it('stops on a bad or unknown field, naming the variable and where the field is', () => {
      const bad = (policies: unknown) => () => escalationPoliciesFrom({ ESCALATION_TENANT_POLICIES: JSON.stringify(policies) });
      expect(bad({ tenants: { tnt_a: { minConfidence: 1.5 } } })).toThrow(/ESCALATION_TENANT_POLICIES: tenants\.tnt_a\.minConfidence: Too big/);
      expect(bad({ default: { maxTurns: 2.5 } })).toThrow(/ESCALATION_TENANT_POLICIES: default\.maxTurns: /);
      expect(bad({ tenants: { tnt_a: { premiumCustomerSensitive: 'no' } } })).toThrow(/ESCALATION_TENANT_POLICIES: tenants\.tnt_a\.premiumCustomerSensitive: /);
      expect(bad({ tenants: { tnt_a: { minConfidense: 0.5 } } })).toThrow(/ESCALATION_TENANT_POLICIES: tenants\.tnt_a: Unrecognized key: "minConfidense"/);
      expect(bad({ tenant: {} })).toThrow(/ESCALATION_TENANT_POLICIES: \(root\): Unrecognized key: "tenant"/);
    });
  });
});

describe('zendeskConnectionFrom', () => {
  const ZENDESK = { ESCALATION_ZENDESK_URL: 'https://acme.zendesk.com', ESCALATION_ZENDESK_EMAIL: 'bot@acme.example', ESCALATION_ZENDESK_API_TOKEN: 'tok-123456' };

  it('is off without variables', () => {
    expect(zendeskConnectionFrom({})).toBeUndefined();
  });

  it('reads the connection, with a 10 s timeout per call by default', () => {
    expect(zendeskConnectionFrom(ZENDESK)).toEqual({ baseUrl: 'https://acme.zendesk.com', email: 'bot@acme.example', apiToken: 'tok-123456', timeoutMs: 10_000 });
    expect(zendeskConnectionFrom({ ...ZENDESK, ESCALATION_ZENDESK_TIMEOUT_MS: '2500' })?.timeoutMs).toBe(2500);
  });

  it('names what is missing from half a connection, and never shows the token', () => {
    const { ESCALATION_ZENDESK_EMAIL: _email, ...withoutEmail } = ZENDESK;
    expect(() => zendeskConnectionFrom(withoutEmail)).toThrow(/ESCALATION_ZENDESK_EMAIL: required when ESCALATION_ZENDESK_URL and ESCALATION_ZENDESK_API_TOKEN are set/);
    expect(() => zendeskConnectionFrom({ ESCALATION_ZENDESK_API_TOKEN: 'tok-123456' })).toThrow(/ESCALATION_ZENDESK_URL.*ESCALATION_ZENDESK_EMAIL|ESCALATION_ZENDESK_EMAIL.*ESCALATION_ZENDESK_URL/);
    try {
      zendeskConnectionFrom({ ...ZENDESK, ESCALATION_ZENDESK_URL: 'ftp://acme' });
      throw new Error('expected a configuration error');
    } catch (error) {
      expect((error as Error).message).toMatch(/ESCALATION_ZENDESK_URL/);
      expect((error as Error).message).not.toContain('tok-123456');
    }
    expect(() => zendeskConnectionFrom({ ...ZENDESK, ESCALATION_ZENDESK_TIMEOUT_MS: '0' })).toThrow(/ESCALATION_ZENDESK_TIMEOUT_MS/);
  });
});
