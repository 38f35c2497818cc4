import { escalationPolicyFrom } from './escalation.config';

describe('escalationPolicyFrom', () => {
  it('needs no variable: the spec thresholds', () => {
    expect(escalationPolicyFrom({})).toEqual({ minConfidence: 0.7, maxTurns: 5, refundLimit: 500, minSentiment: -0.7 });
  });

  it('reads each threshold and names a bad one', () => {
    expect(escalationPolicyFrom({ ESCALATION_REFUND_LIMIT: '1000', ESCALATION_MIN_SENTIMENT: '-0.5' })).toMatchObject({ refundLimit: 1000, minSentiment: -0.5 });
    expect(() => escalationPolicyFrom({ ESCALATION_MIN_SENTIMENT: '-2' })).toThrow(/ESCALATION_MIN_SENTIMENT/);
  });
});
