import { escalationPolicyFrom, zendeskConnectionFrom } from './escalation.config';

describe('escalationPolicyFrom', () => {
  it('needs no variable: the spec thresholds', () => {
    expect(escalationPolicyFrom({})).toEqual({ minConfidence: 0.7, maxTurns: 5, refundLimit: 500, minSentiment: -0.7 });
  });

  it('reads each threshold and names a bad one', () => {
    expect(escalationPolicyFrom({ ESCALATION_REFUND_LIMIT: '1000', ESCALATION_MIN_SENTIMENT: '-0.5' })).toMatchObject({ refundLimit: 1000, minSentiment: -0.5 });
    expect(() => escalationPolicyFrom({ ESCALATION_MIN_SENTIMENT: '-2' })).toThrow(/ESCALATION_MIN_SENTIMENT/);
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
